package org.gsi.cooperation.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.gsi.platform.CacheSpec;
import org.gsi.platform.SharedCaches;

/**
 * Remembers how many projects matched a list query (its filters, reader and counting bound) until any project
 * changes, on any node, or for a minute at most. The key holds the reader, so a count is only ever reused for the
 * same reader. A count computed while a change commits is not kept ({@link SharedCaches#get}).
 */
final class MatchCounts {

    static final String CACHE = "cooperation.match-counts";
    static final CacheSpec SPEC = new CacheSpec(CACHE, 2000, Duration.ofMinutes(1));

    private final SharedCaches caches;

    MatchCounts(SharedCaches caches) {
        this.caches = caches;
    }

    long count(String where, Map<String, Object> params, LongSupplier compute) {
        return caches.get(CACHE, key(where, params), compute::getAsLong);
    }

    void forget() {
        caches.evict(CACHE);
    }

    private static String key(String where, Map<String, Object> params) {
        StringBuilder key = new StringBuilder(where);
        new TreeMap<>(params)
                .forEach((name, value) -> key.append('\u0000')
                        .append(name)
                        .append('=')
                        .append(value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value)));
        return key.toString();
    }
}
