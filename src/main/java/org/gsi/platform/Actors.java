package org.gsi.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, from the security context. */
public final class Actors {

    private Actors() {}

    /** Implemented by the authenticated principal. */
    public interface ActorPrincipal {
        Actor actor();

        /** The time zone the user chose for pages, if any. */
        default Optional<java.time.ZoneId> timeZone() {
            return Optional.empty();
        }
    }

    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ActorPrincipal p) {
            return Optional.of(p.actor());
        }
        return Optional.empty();
    }

    /** The current actor; a request without one is refused as unauthenticated. */
    public static Actor required() {
        return current()
                .orElseThrow(() ->
                        new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                                "Log in to do this."));
    }

    /** The time zone the current user chose, if they are signed in and chose one. */
    public static Optional<java.time.ZoneId> chosenTimeZone() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ActorPrincipal p) {
            return p.timeZone();
        }
        return Optional.empty();
    }

    /** The party code the current reader acts for, or an empty string for an anonymous reader. */
    public static String readerParty() {
        return current().map(Actor::partyCode).orElse("");
    }
}
