package org.gsi.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gsi.screening.internal.matching.CandidateIndex;
import org.gsi.screening.internal.matching.IndexedEntry;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The candidate index of the current version of every list. PostgreSQL holds the lists; the index is built from
 * them in memory and built again whenever the versions it was built from are no longer current (looked up at most
 * once a second, so every node of a cluster follows an import within a second), and at once after an import on this
 * node. A check records the versions of the index it was answered from.
 */
@Component
class CandidateIndexHolder {

    private static final Logger log = LoggerFactory.getLogger(CandidateIndexHolder.class);
    private static final long LOOK_EVERY_MILLIS = 1000;

    /** An index and the list versions it holds, by list id. */
    record Snapshot(CandidateIndex index, String fingerprint, Map<String, ListVersion> versions) {}

    /** The version of a list a check was answered from. */
    record ListVersion(String list, String version, int number) {}

    private final ListStore store;
    private final NameNormalizer normalizer = new NameNormalizer();
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;
    private volatile long lookedAt;

    CandidateIndexHolder(ListStore store) {
        this.store = store;
    }

    Snapshot current() {
        long now = clock.millis();
        Snapshot s = snapshot;
        if (s == null || now - lookedAt >= LOOK_EVERY_MILLIS) {
            lookedAt = now;
            String fingerprint = store.fingerprint();
            if (s == null || !s.fingerprint().equals(fingerprint)) {
                s = rebuild(fingerprint);
            }
        }
        return s;
    }

    /** Builds the index again now (after an import committed on this node). */
    void refresh() {
        lookedAt = clock.millis();
        rebuild(store.fingerprint());
    }

    NameNormalizer normalizer() {
        return normalizer;
    }

    private synchronized Snapshot rebuild(String fingerprint) {
        Snapshot s = snapshot;
        if (s != null && s.fingerprint().equals(fingerprint)) {
            return s;
        }
        long start = System.nanoTime();
        List<IndexedEntry> entries = new ArrayList<>();
        store.eachCurrentEntry(e -> entries.add(IndexedEntry.of(e.list(), e.entry())));
        CandidateIndex index = CandidateIndex.build(new ByteBuffersDirectory(), entries, normalizer);
        Map<String, ListVersion> versions = new LinkedHashMap<>();
        if (!fingerprint.isEmpty()) {
            for (String part : fingerprint.split(",")) {
                String[] f = part.split(":", -1);
                versions.put(f[0], new ListVersion(f[0], f[1], Integer.parseInt(f[2])));
            }
        }
        Snapshot built = new Snapshot(index, fingerprint, versions);
        // the index replaced is left to the garbage collector: a check may still be reading it
        snapshot = built;
        log.info(
                "Screening index built: {} entries, {} names in {} ms",
                entries.size(),
                index.names(),
                (System.nanoTime() - start) / 1_000_000);
        return built;
    }
}
