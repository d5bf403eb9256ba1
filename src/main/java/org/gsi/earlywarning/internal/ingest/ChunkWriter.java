package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.earlywarning.internal.store.EventStoreException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes one chunk in one transaction of its connection. The chunk looks its keys up in the store first: rows new
 * to the store go straight in with COPY, rows whose content hash differs replace the stored ones (whose rollup
 * contributions are taken away), identical rows are left alone. Only then does it wait for the chunk before it to
 * commit, and applies its rollups, job counts and rejected rows and commits in file order.
 */
final class ChunkWriter {

    private static final String LOOKUP = "SELECT source_id, content_hash, country, admin1, gid, month, category,"
            + " coalesce(fatalities_best, 0), coalesce(quad_class, 0), coalesce((goldstein * 10)::int, 0)"
            + " FROM earlywarning_event WHERE source = ? AND source_id = ANY (?)";

    /** The chunk's least and greatest key, in the key column's own order (its collation, not Java's). */
    private static final String KEY_RANGE = "SELECT min(x), max(x)" + " FROM unnest(?::text[]) x";

    /**
     * Whether any stored key of the source lies in a range: two constants against the primary key, so the plan is an
     * index probe whatever the planner believes of the table (its statistics may lag a bulk load by minutes; a join
     * of the unnested keys against the table planned on such statistics once took 14 minutes a chunk).
     */
    private static final String ANY_IN_RANGE =
            "SELECT EXISTS (SELECT 1 FROM earlywarning_event WHERE source = ?" + " AND source_id BETWEEN ? AND ?)";

    private static final String COPY =
            "COPY earlywarning_event (" + RowPreparer.COLUMNS + ") FROM STDIN (FORMAT binary)";

    /** A chunk of rows in file order, with the rows rejected among them and the warnings; all of one source. */
    record Chunk(
            Map<String, StagedRow> rows,
            List<RejectedRow> rejections,
            List<RowWarning> warnings,
            String[] digitKeyRange,
            RollupDelta added) {}

    /** What a chunk wrote, and the country-months it changed. */
    record Written(EventImporter.Counts counts, Set<String> touchedCountryMonths) {}

    private final Connection connection;
    private final UUID jobId;
    private final String changedBy;
    private final EventImporter.ChunkListener listener;

    ChunkWriter(Connection connection, UUID jobId, String changedBy, EventImporter.ChunkListener listener) {
        this.connection = connection;
        this.jobId = jobId;
        this.changedBy = changedBy;
        this.listener = listener;
    }

    /**
     * Writes the chunk; {@code before} waits for the chunk before it and answers the counts up to it, or throws if
     * it failed (this chunk is then rolled back).
     */
    Written write(Chunk chunk, Supplier<EventImporter.Counts> before) {
        try {
            RollupDelta delta = new RollupDelta();
            long[] outcome = chunk.rows().isEmpty() ? new long[3] : merge(chunk, delta);
            EventImporter.Counts soFar = plus(
                    before.get(),
                    outcome,
                    chunk.rejections().size(),
                    chunk.warnings().size());
            if (!chunk.rows().isEmpty()) {
                delta.apply(connection);
            }
            listener.chunkMerged(connection, soFar, List.copyOf(chunk.rejections()), List.copyOf(chunk.warnings()));
            connection.commit();
            return new Written(soFar, delta.touchedCountryMonths());
        } catch (SQLException e) {
            rollback();
            throw new EventStoreException("storing events failed: " + e.getMessage(), e);
        } catch (IOException e) {
            rollback();
            throw new EventStoreException("streaming events to the database failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private static EventImporter.Counts plus(EventImporter.Counts c, long[] outcome, int rejected, int warnings) {
        long imported = c.imported() + outcome[0];
        long updated = c.updated() + outcome[1];
        long unchanged = c.unchanged() + outcome[2];
        long rejectedSoFar = c.rejected() + rejected;
        return new EventImporter.Counts(
                imported + updated + unchanged + rejectedSoFar,
                imported,
                updated,
                unchanged,
                rejectedSoFar,
                c.warnings() + warnings,
                c.retracted());
    }

    /** Returns imported, updated and unchanged rows of the chunk. */
    private long[] merge(Chunk chunk, RollupDelta delta) throws SQLException, IOException {
        try (Statement setup = connection.createStatement()) {
            // the chunk's keys are few against the store: probe the key index, never scan the table
            setup.execute("SET LOCAL enable_seqscan = off");
            setup.execute("SET LOCAL synchronous_commit = off");
        }
        String source = chunk.rows().values().iterator().next().source().formatKey();
        List<String> replaced = new ArrayList<>();
        Set<String> same = lookUp(chunk, source, delta, replaced);
        if (!replaced.isEmpty()) {
            EventVersions.supersede(connection, source, replaced, jobId, changedBy, EventVersions.Change.UPDATED);
        }
        copy(chunk, same, delta);
        long imported = chunk.rows().size() - same.size() - replaced.size();
        return new long[] {imported, replaced.size(), same.size()};
    }

    /**
     * Finds the chunk's stored rows: returns the unchanged ids, lists the replaced ones and takes their rollups. New
     * events usually come with keys above every stored one (GDELT numbers its events in order): when no stored key
     * of the source lies in the chunk's key range, one probe of the key index stands for looking up every key.
     */
    private Set<String> lookUp(Chunk chunk, String source, RollupDelta delta, List<String> replaced)
            throws SQLException {
        Set<String> same = new HashSet<>();
        String[] range = chunk.digitKeyRange();
        Array keys = null;
        if (range == null) {
            keys = connection.createArrayOf("text", chunk.rows().keySet().toArray());
            range = new String[2];
            try (PreparedStatement bounds = connection.prepareStatement(KEY_RANGE)) {
                bounds.setArray(1, keys);
                try (ResultSet rs = bounds.executeQuery()) {
                    rs.next();
                    range[0] = rs.getString(1);
                    range[1] = rs.getString(2);
                }
            }
        }
        String lo = range[0];
        String hi = range[1];
        try (PreparedStatement probe = connection.prepareStatement(ANY_IN_RANGE)) {
            probe.setString(1, source);
            probe.setString(2, lo);
            probe.setString(3, hi);
            try (ResultSet rs = probe.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return same;
                }
            }
        }
        if (keys == null) {
            keys = connection.createArrayOf("text", chunk.rows().keySet().toArray());
        }
        try (PreparedStatement lookup = connection.prepareStatement(LOOKUP)) {
            lookup.setString(1, source);
            lookup.setArray(2, keys);
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (chunk.rows().get(id).contentHash().equals(rs.getString(2))) {
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

    /**
     * The least and greatest key when every key is a string of digits of one length (GDELT's and ACLED's numbers):
     * such strings sort alike in every collation, so the range needs no round trip to the database. Null otherwise.
     */
    static String[] digitKeyRange(Collection<String> keys) {
        KeyRange range = new KeyRange();
        keys.forEach(range::add);
        return range.digits();
    }

    /**
     * The digit-key range of a chunk, kept as its rows arrive (each key is then still in the processor's cache; read
     * again from a full chunk, every key was a miss).
     */
    static final class KeyRange {
        private String lo;
        private String hi;
        private boolean digits = true;

        void add(String key) {
            if (!digits) {
                return;
            }
            if (key.isEmpty() || (lo != null && key.length() != lo.length())) {
                digits = false;
                return;
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < '0' || c > '9') {
                    digits = false;
                    return;
                }
            }
            if (lo == null || key.compareTo(lo) < 0) {
                lo = key;
            }
            if (hi == null || key.compareTo(hi) > 0) {
                hi = key;
            }
        }

        /** The least and greatest key, or null when a key was not all digits or not of the others' length. */
        String[] digits() {
            return digits && lo != null ? new String[] {lo, hi} : null;
        }
    }

    private static StagedRow.Contribution stored(ResultSet rs) throws SQLException {
        return contribution(rs, 3);
    }

    /** The contribution of a stored event read as (country, admin1, gid, month, category, fatalities, quad class,
     * Goldstein tenths) from the first column on. */
    static StagedRow.Contribution contribution(ResultSet rs) throws SQLException {
        return contribution(rs, 1);
    }

    private static StagedRow.Contribution contribution(ResultSet rs, int from) throws SQLException {
        int gid = rs.getInt(from + 2);
        Integer cell = rs.wasNull() ? null : gid;
        return new StagedRow.Contribution(
                rs.getString(from),
                rs.getString(from + 1),
                cell,
                rs.getDate(from + 3).toLocalDate(),
                rs.getString(from + 4),
                rs.getInt(from + 5),
                rs.getInt(from + 6),
                rs.getInt(from + 7));
    }

    private void copy(Chunk chunk, Set<String> same, RollupDelta delta) throws SQLException, IOException {
        if (same.size() == chunk.rows().size()) {
            return;
        }
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16);
        try {
            BinaryCopy rows = new BinaryCopy(copy);
            // every row is written when none is unchanged: the sums gathered as the rows arrived are the change
            boolean summed = same.isEmpty() && chunk.added() != null;
            for (StagedRow row : chunk.rows().values()) {
                if (!same.contains(row.sourceId())) {
                    rows.encodedRow(row.row());
                    if (!summed) {
                        delta.add(row.contribution(), 1);
                    }
                }
            }
            if (summed) {
                delta.add(chunk.added());
            }
            rows.finish();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; the transaction went with it
        }
    }
}
