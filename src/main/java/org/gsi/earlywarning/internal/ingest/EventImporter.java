package org.gsi.earlywarning.internal.ingest;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.earlywarning.internal.store.EventStoreException;

/**
 * Imports one event file into PostgreSQL: the file is read and its rows prepared on one thread while two others
 * write them to the store chunk by chunk (see {@link ChunkStore}); each chunk's events, indicator rollups, job
 * counts and rejected rows are committed together, in file order. Imports into the same database run one after
 * the other: each holds an advisory lock for its whole length.
 */
public final class EventImporter {

    public static final int DEFAULT_CHUNK = 50_000;

    /**
     * Tallies of an import so far: {@code read} always equals imported + updated + unchanged + rejected; warnings
     * (about rows imported all the same) and the stored events retracted because the file no longer holds them
     * are counted apart.
     */
    public record Counts(
            long read, long imported, long updated, long unchanged, long rejected, long warnings, long retracted) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts withRetracted(long count) {
            return new Counts(read, imported, updated, unchanged, rejected, warnings, count);
        }
    }

    /**
     * Whose import this is and how it treats what the store holds: {@code owner} is the party whose own incident
     * reports the file carries (their keys are the party's own); {@code replacePeriod} retracts the stored events of
     * the file's source and period that the file no longer holds; {@code changedBy} is named in the history of every
     * event the import changes.
     */
    public record Scope(String owner, boolean replacePeriod, String changedBy) {}

    /** What an import did: its layout, counts and the country-months whose events changed. */
    public record Outcome(EventSource source, Counts counts, Set<String> touchedCountryMonths) {}

    /** Called inside every chunk's transaction, before it commits. */
    @FunctionalInterface
    public interface ChunkListener {
        void chunkMerged(
                Connection connection, Counts soFar, List<RejectedRow> chunkRejections, List<RowWarning> chunkWarnings)
                throws SQLException;
    }

    /**
     * Where an import starts: the counts of the chunks an earlier attempt of the same job committed, read on the
     * import's connection once it holds the store's lock (so an attempt still running elsewhere has ended first).
     */
    @FunctionalInterface
    public interface Resume {

        Resume FROM_START = c -> Counts.NONE;

        Counts committed(Connection connection) throws SQLException;
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
            UUID jobId,
            InputStream in,
            Optional<EventSource> format,
            String sourceVersion,
            Scope scope,
            ChunkListener listener) {
        return run(jobId, in, format, sourceVersion, scope, listener, Resume.FROM_START);
    }

    /** Imports the file, passing over the rows that the chunks committed by an earlier attempt already hold. */
    public Outcome run(
            UUID jobId,
            InputStream in,
            Optional<EventSource> format,
            String sourceVersion,
            Scope scope,
            ChunkListener listener,
            Resume resume) {
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
                ParsingThread parsing = new ParsingThread(
                        new EventFileReader(countries),
                        in,
                        format,
                        sourceVersion,
                        new RowPreparer(scope.owner(), jobId));
                Counts committed = resume.committed(first);
                first.commit();
                ChunkWriter.Written all;
                IngestSummary summary;
                try (ChunkStore store =
                        new ChunkStore(connections, jobId, scope.changedBy(), chunkSize, listener, committed)) {
                    summary = parsing.drainInto(store);
                    all = store.finish();
                }
                if (scope.replacePeriod() && parsing.period().isPresent() && committed.retracted() == 0) {
                    all = new Retraction(first, jobId, scope, listener)
                            .retractAbsent(summary.source(), parsing.period().get(), parsing.keys(), all);
                }
                return new Outcome(summary.source(), all.counts(), all.touchedCountryMonths());
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
