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
        long version,
        String timeZone)
        implements java.io.Serializable {

    /** A user who has not chosen a time zone: pages use the browser's. */
    User(
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
            long version) {
        this(id, username, displayName, email, partyCode, role, passwordHash, enabled, language, demo, version, null);
    }

    Actor actor() {
        return new Actor(username, partyCode, role);
    }

    /** The time zone the user chose for pages, if any (their browser's is used otherwise). */
    java.util.Optional<java.time.ZoneId> zone() {
        try {
            return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.ZoneId.of(timeZone));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    User withTimeZone(String zone) {
        return new User(
                id,
                username,
                displayName,
                email,
                partyCode,
                role,
                passwordHash,
                enabled,
                language,
                demo,
                version,
                zone);
    }

    UserSummary summary() {
        return new UserSummary(username, displayName, email, partyCode, role, enabled, language);
    }

    User withPasswordHash(String hash) {
        return new User(
                id, username, displayName, email, partyCode, role, hash, enabled, language, demo, version, timeZone);
    }

    User withEnabled(boolean value) {
        return new User(
                id,
                username,
                displayName,
                email,
                partyCode,
                role,
                passwordHash,
                value,
                language,
                demo,
                version,
                timeZone);
    }

    User withProfile(String name, String mail, Role newRole, String lang) {
        return new User(
                id, username, name, mail, partyCode, newRole, passwordHash, enabled, lang, demo, version, timeZone);
    }
}
