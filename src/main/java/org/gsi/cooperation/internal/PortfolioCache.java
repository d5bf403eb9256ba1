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
 * Keeps the portfolio figures of each reader party (and search text) for a short time. Figures are computed for
 * one reader and only ever served to that reader, so the cache cannot carry a restricted project to another
 * party. Any change to a project empties it, again after the change commits.
 */
@Component
class PortfolioCache {

    private record Key(String reader, String q) {}

    private record Entry(ProjectSearch.Figures figures, Instant until) {}

    private static final int MAX_ENTRIES = 500;

    private final ProjectSearch search;
    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Autowired
    PortfolioCache(ProjectSearch search, @Value("${gsi.cooperation.portfolio-cache:30s}") Duration ttl) {
        this(search, ttl, Clock.systemUTC());
    }

    PortfolioCache(ProjectSearch search, Duration ttl, Clock clock) {
        this.search = search;
        this.ttl = ttl;
        this.clock = clock;
    }

    ProjectSearch.Figures figures(String reader, String q) {
        Key key = new Key(reader == null ? "" : reader, q == null ? "" : q.strip());
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.until())) {
            return entry.figures();
        }
        var query = new ProjectSearch.ProjectQuery(key.q(), null, null, null, null, null, null, null, 0, 1);
        ProjectSearch.Figures figures = search.figures(query, key.reader());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (!ttl.isZero()) {
            entries.put(key, new Entry(figures, now.plus(ttl)));
        }
        return figures;
    }

    /** Forgets every reader's figures now and once more when the current transaction commits. */
    void invalidate() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.clear();
                }
            });
        }
    }
}
