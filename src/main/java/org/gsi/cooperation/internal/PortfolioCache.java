package org.gsi.cooperation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the portfolio figures and the cooperation network of each reader party for a short time. They are
 * computed for one reader and only ever served to that reader, so the cache cannot carry a restricted project to another
 * party. Any change to a project empties it, again after the change commits; figures computed while a change was
 * under way are not kept.
 */
@Component
class PortfolioCache {

    private record Key(String kind, String reader, String q) {}

    private record Entry(Object value, Instant until) {}

    private static final int MAX_ENTRIES = 500;

    private final ProjectSearch search;
    private final CooperationNetwork network;
    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    @Autowired
    PortfolioCache(
            ProjectSearch search,
            CooperationNetwork network,
            @Value("${gsi.cooperation.portfolio-cache:30s}") Duration ttl) {
        this(search, network, ttl, Clock.systemUTC());
    }

    PortfolioCache(ProjectSearch search, CooperationNetwork network, Duration ttl, Clock clock) {
        this.search = search;
        this.network = network;
        this.ttl = ttl;
        this.clock = clock;
    }

    ProjectSearch.Figures figures(String reader, String q) {
        String text = q == null ? "" : q.strip();
        return cached(
                "figures",
                reader,
                text,
                () -> search.figures(
                        new ProjectSearch.ProjectQuery(text, null, null, null, null, null, null, null, 0, 1),
                        party(reader)));
    }

    CooperationNetwork.Graph network(String reader) {
        return cached("network", reader, "", () -> network.graph(party(reader), 60));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String kind, String reader, String q, java.util.function.Supplier<T> compute) {
        Key key = new Key(kind, party(reader), q);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.until())) {
            return (T) entry.value();
        }
        long before = generation.get();
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (!ttl.isZero() && generation.get() == before) {
            entries.put(key, new Entry(value, now.plus(ttl)));
        }
        return value;
    }

    private static String party(String reader) {
        return reader == null ? "" : reader;
    }

    private void forget() {
        generation.incrementAndGet();
        entries.clear();
        search.forgetCounts();
    }

    /** Forgets every reader's figures and the list's match counts now and once more when the current transaction commits. */
    void invalidate() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
    }
}
