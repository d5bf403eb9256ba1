package org.gsi.sharing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The TAXII 2.1 filters of a list of objects, manifests or versions. Values within one filter are alternatives;
 * different filters must all hold.
 *
 * @param addedAfter only versions added after this instant ({@code added_after})
 * @param cursor continue after this date added ({@code next}); not a filter, a position
 * @param versions which versions of each object ({@code match[version]}): {@code last} unless given
 * @param specVersions {@code match[spec_version]}; empty: the latest of each object (all stored objects are 2.1)
 * @param limit at most this many
 */
public record ObjectFilter(
        Optional<Instant> addedAfter,
        Optional<Instant> cursor,
        List<String> ids,
        List<String> types,
        VersionMatch versions,
        List<String> specVersions,
        int limit) {

    public ObjectFilter {
        ids = List.copyOf(ids);
        types = List.copyOf(types);
        specVersions = List.copyOf(specVersions);
    }

    /** {@code match[version]}: {@code all}, {@code first}, {@code last} and exact versions, any combination. */
    public record VersionMatch(boolean all, boolean first, boolean last, Set<Instant> exact) {

        public VersionMatch {
            exact = Set.copyOf(exact);
        }

        public static final VersionMatch LAST = new VersionMatch(false, false, true, Set.of());
        public static final VersionMatch ALL = new VersionMatch(true, false, false, Set.of());
    }

    public ObjectFilter withIds(List<String> only) {
        return new ObjectFilter(addedAfter, cursor, only, types, versions, specVersions, limit);
    }

    public ObjectFilter withVersions(VersionMatch match) {
        return new ObjectFilter(addedAfter, cursor, ids, types, match, specVersions, limit);
    }
}
