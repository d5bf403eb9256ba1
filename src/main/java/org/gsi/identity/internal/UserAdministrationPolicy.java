package org.gsi.identity.internal;

import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.Permission;
import org.gsi.platform.Role;

/**
 * Who may manage which users. An administrator manages the users of their own party, a secretariat
 * administrator those of every party; and nobody manages a user whose role stands above their own, nor grants
 * such a role. So an administrator of the secretariat's party can neither reset the password of, disable, edit
 * nor create a secretariat administrator, and no role can be climbed by managing someone above it.
 */
final class UserAdministrationPolicy {

    private UserAdministrationPolicy() {}

    /** Requires that {@code actor} may {@code action} the user {@code username} of {@code party} holding {@code role}. */
    static void requireManage(Actor actor, String party, Role role, String action, String username) {
        if (!actor.can(Permission.MANAGE_ALL_USERS)) {
            actor.require(Permission.MANAGE_PARTY_USERS, party, action, "user", username);
        }
        if (role.outranks(actor.role())) {
            throw new ForbiddenException(
                    "Your role (" + actor.role().slug() + ") cannot manage a user whose role (" + role.slug()
                            + ") is above it.",
                    action,
                    "user",
                    username,
                    party);
        }
    }

    /** Requires that {@code actor} may give {@code role} to a user of {@code party}. */
    static void requireGrant(Actor actor, String party, Role role, String action, String username) {
        if (role.outranks(actor.role())) {
            throw new ForbiddenException(
                    "Your role (" + actor.role().slug() + ") cannot grant the role " + role.slug()
                            + ", which is above it.",
                    action,
                    "user",
                    username,
                    party);
        }
    }
}
