package org.gsi.identity.internal;

import java.util.Collection;
import java.util.List;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: a user and the party they act for. */
record SignedInUser(User user) implements UserDetails, Actors.ActorPrincipal {

    @Override
    public Actor actor() {
        return user.actor();
    }

    @Override
    public java.util.Optional<java.time.ZoneId> timeZone() {
        return user.zone();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return user.passwordHash();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }
}
