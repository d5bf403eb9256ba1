package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.internal.store.EventStoreException;

/**
 * The last step of an import that replaces its source's events for the period the file covers (from its earliest
 * to its latest event): the stored events of that source and period that the file no longer holds are retracted
 * — moved into their history, so kept, and taken off the rollups, so left out of indicators — in one transaction
 * with the job's count of retracted events. A party's incident reports are replaced only among its own.
 */
final class Retraction {

    private static final int BATCH = 10_000;

    private static final String STORED = "SELECT source_id FROM earlywarning_event WHERE source = ?"
            + " AND event_date BETWEEN ? AND ? AND left(source_id, ?) = ?";

    private final Connection connection;
    private final UUID jobId;
    private final EventImporter.Scope scope;
    private final EventImporter.ChunkListener listener;

    Retraction(Connection connection, UUID jobId, EventImporter.Scope scope, EventImporter.ChunkListener listener) {
        this.connection = connection;
        this.jobId = jobId;
        this.scope = scope;
        this.listener = listener;
    }

    /** Retracts what the file lacks; returns the import's counts and changed country-months with the retraction. */
    ChunkWriter.Written retractAbsent(
            EventSource source, ParsingThread.Period period, FileKeys keys, ChunkWriter.Written imported)
            throws SQLException {
        String prefix = source == EventSource.INCIDENTS ? scope.owner() + ":" : "";
        try {
            List<String> absent = absent(source, period, keys, prefix);
            RollupDelta delta = new RollupDelta();
            int retracted = 0;
            for (int from = 0; from < absent.size(); from += BATCH) {
                retracted += EventVersions.retract(
                        connection,
                        source.formatKey(),
                        absent.subList(from, Math.min(absent.size(), from + BATCH)),
                        jobId,
                        scope.changedBy(),
                        delta);
            }
            delta.apply(connection);
            EventImporter.Counts counts = imported.counts().withRetracted(retracted);
            listener.chunkMerged(connection, counts, List.of(), List.of());
            connection.commit();
            Set<String> touched = new HashSet<>(imported.touchedCountryMonths());
            touched.addAll(delta.touchedCountryMonths());
            return new ChunkWriter.Written(counts, touched);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } catch (IOException e) {
            connection.rollback();
            throw new EventStoreException("retracting events failed: " + e.getMessage(), e);
        }
    }

    private List<String> absent(EventSource source, ParsingThread.Period period, FileKeys keys, String prefix)
            throws SQLException {
        List<String> absent = new ArrayList<>();
        try (PreparedStatement stored = connection.prepareStatement(STORED)) {
            stored.setFetchSize(BATCH);
            stored.setString(1, source.formatKey());
            stored.setDate(2, Date.valueOf(period.first()));
            stored.setDate(3, Date.valueOf(period.last()));
            stored.setInt(4, prefix.length());
            stored.setString(5, prefix);
            try (ResultSet rs = stored.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (!keys.contains(key.substring(prefix.length()))) {
                        absent.add(key);
                    }
                }
            }
        }
        return absent;
    }
}
