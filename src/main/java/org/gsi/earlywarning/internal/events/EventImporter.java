package org.gsi.earlywarning.internal.events;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.gsi.earlywarning.internal.ingest.EventFileReader;
import org.gsi.earlywarning.internal.ingest.IngestSummary;

/**
 * Imports one event file into PostgreSQL: the file is read and its rows prepared on one thread while two others
 * write them to the store chunk by chunk (see {@link ChunkStore}); each chunk's events, indicator rollups, job
 * counts and rejected rows are committed together, in file order. Imports into the same database run one after
 * the other: each holds an advisory lock for its whole length.
 */
public final class EventImporter {

    public static final int DEFAULT_CHUNK = 50_000;

    /** Tallies of an import so far; {@code read} always equals the sum of the other four. */
    public record Counts(long read, long imported, long updated, long unchanged, long rejected) {}

    /** What an import did: its layout, counts and the country-months whose events changed. */
    public record Outcome(EventSource source, Counts counts, Set<String> touchedCountryMonths) {}

    /** Called inside every chunk's transaction, before it commits. */
    @FunctionalInterface
    public interface ChunkListener {
        void chunkMerged(Connection connection, Counts soFar, List<RejectedRow> chunkRejections) throws SQLException;
    }

    private final DataSource dataSource;
    private final CountryCodes countries;
    private final int chunkSize;

    public EventImporter(DataSource dataSource, CountryCodes countries, int chunkSize) {
        this.dataSource = dataSource;
        this.countries = countries;
        this.chunkSize = chunkSize;
    }

    public Outcome run(
            String jobId, InputStream in, Optional<EventSource> format, String sourceVersion, ChunkListener listener) {
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            List<Connection> connections = List.of(first, second);
            try (Statement s = first.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + ChunkStore.STORE_LOCK + ")");
            }
            try {
                for (Connection c : connections) {
                    try (Statement s = c.createStatement()) {
                        s.execute(RollupDelta.CREATE);
                    }
                    c.setAutoCommit(false);
                }
                try (ChunkStore store = new ChunkStore(connections, jobId, chunkSize, listener)) {
                    IngestSummary summary = new ParsingThread(new EventFileReader(countries), in, format, sourceVersion)
                            .drainInto(store);
                    ChunkWriter.Written all = store.finish();
                    return new Outcome(summary.source(), all.counts(), all.touchedCountryMonths());
                }
            } finally {
                for (Connection c : connections) {
                    c.setAutoCommit(true);
                }
                try (Statement s = first.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + ChunkStore.STORE_LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new EventStoreException("storing events failed: " + e.getMessage(), e);
        }
    }
}
