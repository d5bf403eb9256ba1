package org.gsi.cooperation.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Remembers how many projects matched a list query (its filters, reader and counting bound) until any project
 * changes. The key holds the reader, so a count is only ever reused for the same reader. A count computed while a
 * change commits is not kept: every change starts a new generation and only counts of the current one are stored.
 */
final class MatchCounts {

    private record Entry(long count, long at) {}

    private static final int MAX_ENTRIES = 2000;
    private static final long TTL_NANOS = 60_000_000_000L;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    long count(String where, Map<String, Object> params, LongSupplier compute) {
        String key = key(where, params);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.at() < TTL_NANOS) {
            return entry.count();
        }
        long before = generation.get();
        long count = compute.getAsLong();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == before) {
            entries.put(key, new Entry(count, now));
        }
        return count;
    }

    void forget() {
        generation.incrementAndGet();
        entries.clear();
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
