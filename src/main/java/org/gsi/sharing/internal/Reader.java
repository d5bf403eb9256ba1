package org.gsi.sharing.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who reads: the party a user acts for (empty for an anonymous reader) and the sharing groups that party is a
 * member of, looked up once per request.
 */
public record Reader(String party, Set<UUID> groups) {

    public Reader {
        party = party == null ? "" : party;
        groups = Set.copyOf(groups);
    }

    public static Reader anonymous() {
        return new Reader("", Set.of());
    }

    public boolean isAnonymous() {
        return party.isEmpty();
    }

    /** The groups as a PostgreSQL array literal for {@code CAST(:groups AS uuid[])}. */
    String groupsLiteral() {
        return groups.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
