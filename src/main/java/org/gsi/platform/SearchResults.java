package org.gsi.platform;

import java.util.List;

/**
 * What one {@link SearchSource} found for a reader: the best matches and their number. The number is exact up to
 * {@link FullTextSearch#COUNT_LIMIT}; beyond that {@code exact} is false and {@code total} is that limit.
 */
public record SearchResults(String kind, List<Hit> hits, long total, boolean exact) {

    /** One record found: its title in the reader's language where it has one, and where it is read. */
    public record Hit(String title, String path, double rank) {}
}
