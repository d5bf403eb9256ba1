package org.gsi.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The caches of every module (Spring's cache abstraction on Caffeine, one {@link CacheSpec} bean per cache), kept
 * in each node's memory and emptied on every node at once. A module empties a cache when what it holds changes:
 * here at once, here again when the change commits, and on the other nodes through the {@value #CHANNEL} signal,
 * which is sent in the changing transaction and so arrives when it commits. A value computed while an eviction
 * happened is handed to its caller but not kept, so a reader never gets a stale value put back by a slow reader.
 * A node that lost its listening connection empties all its caches when it has it again.
 */
public class SharedCaches {

    static final String CHANNEL = "gsi_cache";

    private final CacheManager manager;
    private final NodeSignals signals;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public SharedCaches(CacheManager manager, NodeSignals signals) {
        this.manager = manager;
        this.signals = signals;
        signals.listen(CHANNEL, new NodeSignals.Listener() {
            @Override
            public void received(String cache) {
                if (manager.getCacheNames().contains(cache)) {
                    forget(cache);
                }
            }

            @Override
            public void missed() {
                manager.getCacheNames().forEach(SharedCaches.this::forget);
            }
        });
    }

    /** A manager with one Caffeine cache per spec, timed by {@code ticker}; it makes no cache it was not given. */
    public static CaffeineCacheManager manager(List<CacheSpec> specs, Ticker ticker) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.setCacheNames(List.of());
        for (CacheSpec spec : specs) {
            Caffeine<Object, Object> builder = Caffeine.newBuilder()
                    .maximumSize(spec.maximumSize())
                    .ticker(ticker)
                    .recordStats();
            if (!spec.timeToLive().isNegative()) {
                builder.expireAfterWrite(spec.timeToLive());
            }
            manager.registerCustomCache(spec.name(), builder.build());
        }
        return manager;
    }

    /** The value kept under {@code key} in {@code cache}, computed by {@code compute} when none is kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(String cache, Object key, Supplier<T> compute) {
        Cache store = cache(cache);
        Cache.ValueWrapper kept = store.get(key);
        if (kept != null) {
            return (T) kept.get();
        }
        AtomicLong generation = generation(cache);
        long before = generation.get();
        T value = Objects.requireNonNull(compute.get(), "a cached value");
        if (generation.get() == before) {
            store.put(key, value);
            if (generation.get() != before) {
                store.evict(key);
            }
        }
        return value;
    }

    /**
     * Empties {@code cache} on every node: on this one now and again when the current transaction commits, on the
     * others when it commits (at once without a transaction). A transaction that changes many records signals once.
     */
    public void evict(String cache) {
        cache(cache);
        forget(cache);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            String once = SharedCaches.class.getName() + ":" + cache;
            if (TransactionSynchronizationManager.hasResource(once)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(once, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(once);
                }

                @Override
                public void afterCommit() {
                    forget(cache);
                }
            });
        }
        signals.send(CHANNEL, cache);
    }

    private void forget(String cache) {
        generation(cache).incrementAndGet();
        cache(cache).clear();
    }

    private AtomicLong generation(String cache) {
        return generations.computeIfAbsent(cache, c -> new AtomicLong());
    }

    private Cache cache(String name) {
        Cache cache = manager.getCache(name);
        if (cache == null) {
            throw new IllegalArgumentException("no cache " + name + " is declared (a CacheSpec bean)");
        }
        return cache;
    }
}
