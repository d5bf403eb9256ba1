package org.gsi.registry;

/**
 * A search of the registry. Every filter is optional.
 *
 * @param grouping {@code ldc}, {@code lldc}, {@code sids}, {@code un-member} or {@code un-observer}
 * @param mechanism code of a mechanism: its current members, observers and partners
 * @param language the language names are sorted in
 */
public record PartyQuery(
        String q,
        PartyKind kind,
        String region,
        String grouping,
        String mechanism,
        String language,
        int page,
        int size) {}
