package org.gsi.registry;

import java.util.List;

/**
 * A search of the registry. Every filter is optional.
 *
 * @param grouping {@code ldc}, {@code lldc}, {@code sids}, {@code un-member} or {@code un-observer}
 * @param mechanism code of a mechanism: its current members, observers and partners
 * @param language the language names are sorted in
 * @param sort one of {@link #SORTS}: the name in {@code language} (by that language's collation), the code, the kind
 *     (in the order of {@link PartyKind}) or the region's name in {@code language}
 */
public record PartyQuery(
        String q,
        PartyKind kind,
        String region,
        String grouping,
        String mechanism,
        String language,
        int page,
        int size,
        String sort,
        boolean descending) {

    /** The orders a search may ask for. */
    public static final List<String> SORTS = List.of("name", "code", "kind", "region");

    public PartyQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "name";
        }
    }

    /** A search by name in {@code language}, A to Z. */
    public PartyQuery(
            String q,
            PartyKind kind,
            String region,
            String grouping,
            String mechanism,
            String language,
            int page,
            int size) {
        this(q, kind, region, grouping, mechanism, language, page, size, "name", false);
    }
}
