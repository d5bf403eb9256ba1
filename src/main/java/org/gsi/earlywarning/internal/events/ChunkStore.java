package org.gsi.earlywarning.internal.events;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gsi.earlywarning.RejectedRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes prepared rows to the event store chunk by chunk, each chunk in its own transaction with its rollups, job
 * counts and rejected rows. A chunk looks its keys up in the store first: rows new to the store go straight in
 * with COPY, rows whose content hash differs replace the stored ones (whose rollup contributions are taken away),
 * identical rows are left alone. Only one chunk is ever held in memory.
 */
final class ChunkStore {

    /** Serialises writers of the event store across processes (web application and command line). */
    static final long STORE_LOCK = 7_300_301L;

    private static final String LOOKUP = "SELECT source_id, content_hash, country, admin1, gid, month, category,"
            + " coalesce(fatalities_best, 0), coalesce(quad_class, 0), coalesce((goldstein * 10)::int, 0)"
            + " FROM earlywarning_event WHERE source = ? AND source_id = ANY (?)";

    private static final String COPY = "COPY earlywarning_event (" + RowPreparer.COLUMNS + ") FROM STDIN";

    private final Connection connection;
    private final EventImporter.ChunkListener listener;
    private final int chunkSize;
    private final byte[] jobColumn;
    private final Map<String, StagedRow> rows = new LinkedHashMap<>();
    private final List<RejectedRow> rejections = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private long imported;
    private long updated;
    private long unchanged;
    private long rejected;

    ChunkStore(Connection connection, String jobId, int chunkSize, EventImporter.ChunkListener listener) {
        this.connection = connection;
        this.listener = listener;
        this.chunkSize = chunkSize;
        this.jobColumn = StagedRow.jobColumn(jobId);
    }

    void accepted(StagedRow row) {
        if (rows.containsKey(row.sourceId()) || !sameSource(row)) {
            flush();
        }
        rows.put(row.sourceId(), row);
        if (rows.size() + rejections.size() >= chunkSize) {
            flush();
        }
    }

    void rejected(RejectedRow rejection) {
        rejections.add(rejection);
        if (rows.size() + rejections.size() >= chunkSize) {
            flush();
        }
    }

    /** Writes what is held and commits. */
    void flush() {
        try {
            if (!rows.isEmpty()) {
                merge();
            }
            rejected += rejections.size();
            listener.chunkMerged(connection, counts(), List.copyOf(rejections));
            connection.commit();
        } catch (SQLException e) {
            throw new EventStoreException("storing events failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EventStoreException("streaming events to the database failed: " + e.getMessage(), e);
        }
        rows.clear();
        rejections.clear();
    }

    EventImporter.Counts counts() {
        return new EventImporter.Counts(
                imported + updated + unchanged + rejected, imported, updated, unchanged, rejected);
    }

    Set<String> touchedCountryMonths() {
        return Set.copyOf(touched);
    }

    private boolean sameSource(StagedRow row) {
        return rows.isEmpty() || rows.values().iterator().next().source() == row.source();
    }

    private void merge() throws SQLException, IOException {
        try (Statement setup = connection.createStatement()) {
            setup.execute("SELECT pg_advisory_xact_lock(" + STORE_LOCK + ")");
            // the chunk's keys are few against the store: probe the key index, never scan the table
            setup.execute("SET LOCAL enable_seqscan = off");
            setup.execute("SET LOCAL synchronous_commit = off");
        }
        RollupDelta delta = new RollupDelta();
        List<String> replaced = new ArrayList<>();
        Set<String> same = lookUp(delta, replaced);
        if (!replaced.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM earlywarning_event WHERE source = ? AND source_id = ANY (?)")) {
                delete.setString(1, source());
                delete.setArray(2, connection.createArrayOf("text", replaced.toArray()));
                delete.executeUpdate();
            }
        }
        write(same, delta);
        delta.apply(connection);
        touched.addAll(delta.touchedCountryMonths());
        unchanged += same.size();
        updated += replaced.size();
        imported += rows.size() - same.size() - replaced.size();
    }

    /** Finds the chunk's stored rows: returns the unchanged ids, lists the replaced ones and takes their rollups. */
    private Set<String> lookUp(RollupDelta delta, List<String> replaced) throws SQLException {
        Set<String> same = new HashSet<>();
        try (PreparedStatement lookup = connection.prepareStatement(LOOKUP)) {
            lookup.setString(1, source());
            Array keys = connection.createArrayOf("text", rows.keySet().toArray());
            lookup.setArray(2, keys);
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (rows.get(id).contentHash().equals(rs.getString(2))) {
                        same.add(id);
                    } else {
                        replaced.add(id);
                        delta.add(stored(rs), -1);
                    }
                }
            }
        }
        return same;
    }

    private static StagedRow.Contribution stored(ResultSet rs) throws SQLException {
        int gid = rs.getInt(5);
        Integer cell = rs.wasNull() ? null : gid;
        return new StagedRow.Contribution(
                rs.getString(3),
                rs.getString(4),
                cell,
                rs.getDate(6).toLocalDate(),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10));
    }

    private void write(Set<String> same, RollupDelta delta) throws SQLException, IOException {
        if (same.size() == rows.size()) {
            return;
        }
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16);
        try {
            for (StagedRow row : rows.values()) {
                if (!same.contains(row.sourceId())) {
                    copy.write(row.copyLine());
                    copy.write(jobColumn);
                    delta.add(row.contribution(), 1);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private String source() {
        return rows.values().iterator().next().source().formatKey();
    }
}
