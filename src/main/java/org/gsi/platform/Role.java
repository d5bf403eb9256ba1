package org.gsi.platform;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a user may do for the one party they act for. */
public enum Role {
    /** Reads what the party may read. */
    VIEWER(EnumSet.of(Permission.READ_PARTY_RECORDS)),
    /** Prepares the party's records: drafts, reports, registrations. */
    OFFICER(EnumSet.of(Permission.READ_PARTY_RECORDS, Permission.EDIT_PARTY_RECORDS)),
    /** Speaks for the party: consent, positions, nominations, delivery reports. */
    FOCAL_POINT(EnumSet.of(Permission.READ_PARTY_RECORDS, Permission.EDIT_PARTY_RECORDS, Permission.SPEAK_FOR_PARTY)),
    /** Administers the party's users and reads its audit trail. */
    ADMINISTRATOR(EnumSet.of(
            Permission.READ_PARTY_RECORDS,
            Permission.EDIT_PARTY_RECORDS,
            Permission.MANAGE_PARTY_USERS,
            Permission.READ_PARTY_AUDIT)),
    /** Keeps the registry, administers all users and reads the whole audit trail. */
    SECRETARIAT_ADMIN(EnumSet.of(
            Permission.READ_PARTY_RECORDS,
            Permission.EDIT_PARTY_RECORDS,
            Permission.MANAGE_PARTY_USERS,
            Permission.MANAGE_ALL_USERS,
            Permission.MANAGE_REGISTRY,
            Permission.READ_PARTY_AUDIT,
            Permission.READ_ALL_AUDIT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether this role stands above {@code other}: the roles are declared from the lowest to the highest. */
    public boolean outranks(Role other) {
        return compareTo(other) > 0;
    }

    /** The role's name as written in the API and on the command line: {@code focal-point}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role parse(String value) {
        if (value != null) {
            String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Role r : values()) {
                if (r.name().equals(v)) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("role", Message.of("form.refused.role"));
    }
}
