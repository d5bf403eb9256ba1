package org.gsi.platform;

/**
 * The user behind a request and the one party they act for. Every rule of sovereignty starts here: a user
 * acts for {@link #partyCode()} and never for another party.
 */
public record Actor(String username, String partyCode, Role role) {

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    /** Whether this actor may do what {@code permission} names for {@code party}: only for their own party. */
    public boolean canFor(Permission permission, String party) {
        return can(permission) && partyCode.equals(party);
    }

    /**
     * Requires {@code permission} for {@code party}, or throws a {@link ForbiddenException} that says why and is
     * recorded in the audit trail.
     */
    public void require(Permission permission, String party, String action, String recordType, String recordId) {
        if (!can(permission)) {
            throw new ForbiddenException(
                    Message.of("problem.detail.role", Message.of("role." + role.slug())),
                    action,
                    recordType,
                    recordId,
                    party);
        }
        if (!partyCode.equals(party)) {
            throw new ForbiddenException(
                    Message.of("problem.detail.otherParty", partyCode, party), action, recordType, recordId, party);
        }
    }

    /** Requires a permission that is not bound to one party (registry upkeep, all users, all audit). */
    public void require(Permission permission, String action, String recordType, String recordId) {
        if (!can(permission)) {
            throw new ForbiddenException(
                    Message.of("problem.detail.role", Message.of("role." + role.slug())),
                    action,
                    recordType,
                    recordId,
                    null);
        }
    }
}
