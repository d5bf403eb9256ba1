package org.gsi.platform;

import java.time.Duration;

/**
 * A cache a module keeps through {@link SharedCaches}: declared as a bean by the module that owns what it holds.
 *
 * @param name the cache's name, prefixed with its module ({@code cooperation.portfolio})
 * @param maximumSize the most entries kept; the least recently used go first
 * @param timeToLive how long an entry is kept after it was computed; {@link Duration#ZERO} keeps nothing, a
 *     negative duration keeps entries until they are evicted
 */
public record CacheSpec(String name, long maximumSize, Duration timeToLive) {

    /** A cache of reference data that changes only by an eviction. */
    public static CacheSpec untilEvicted(String name, long maximumSize) {
        return new CacheSpec(name, maximumSize, Duration.ofSeconds(-1));
    }
}
