package org.gsi.identity;

import org.gsi.platform.Role;

/** A user as other modules see it (to notify a party's focal points, say). */
public record UserSummary(
        String username,
        String displayName,
        String email,
        String partyCode,
        Role role,
        boolean enabled,
        String language) {}
