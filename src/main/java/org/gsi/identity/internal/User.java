package org.gsi.identity.internal;

import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;

/** A user: one party, one role. */
record User(
        UUID id,
        String username,
        String displayName,
        String email,
        String partyCode,
        Role role,
        String passwordHash,
        boolean enabled,
        String language,
        boolean demo,
        long version)
        implements java.io.Serializable {

    Actor actor() {
        return new Actor(username, partyCode, role);
    }

    UserSummary summary() {
        return new UserSummary(username, displayName, email, partyCode, role, enabled, language);
    }

    User withPasswordHash(String hash) {
        return new User(id, username, displayName, email, partyCode, role, hash, enabled, language, demo, version);
    }

    User withEnabled(boolean value) {
        return new User(
                id, username, displayName, email, partyCode, role, passwordHash, value, language, demo, version);
    }

    User withProfile(String name, String mail, Role newRole, String lang) {
        return new User(id, username, name, mail, partyCode, newRole, passwordHash, enabled, lang, demo, version);
    }
}
