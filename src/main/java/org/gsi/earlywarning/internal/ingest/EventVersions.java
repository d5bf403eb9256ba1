package org.gsi.earlywarning.internal.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The history of stored events: a stored event that an import changes or retracts is moved, as it was, into
 * {@code earlywarning_event_version} with the import, the user and the kind of change, in the same statement that
 * takes it out of the store. Nothing an import replaces is lost.
 */
final class EventVersions {

    /** What happened to the stored version. */
    enum Change {
        /** A newer row of the same key replaced it. */
        UPDATED,
        /** The source no longer holds the event: a file that replaces the source's events of its period lacked it. */
        RETRACTED
    }

    /** Every column of a stored event. */
    static final String COLUMNS = RowPreparer.COLUMNS + ", stored_at";

    private static final String MOVE = "WITH gone AS (DELETE FROM earlywarning_event WHERE source = ?"
            + " AND source_id = ANY (?) RETURNING " + COLUMNS + ")"
            + " INSERT INTO earlywarning_event_version (" + COLUMNS + ", superseded_by_job, superseded_by, change)"
            + " SELECT " + COLUMNS + ", ?, ?, ? FROM gone";

    /** What a moved event gave to the rollups, to be taken away again. */
    private static final String CONTRIBUTION = " RETURNING country, admin1, gid, month, category,"
            + " coalesce(fatalities_best, 0), coalesce(quad_class, 0), coalesce((goldstein * 10)::int, 0)";

    private EventVersions() {}

    /** Moves the stored events of these keys into their history; returns how many were moved. */
    static int supersede(Connection c, String source, List<String> keys, UUID job, String by, Change change)
            throws SQLException {
        try (PreparedStatement move = prepare(c, MOVE, source, keys, job, by, change)) {
            return move.executeUpdate();
        }
    }

    /** Moves the stored events of these keys into their history and takes their contributions off the rollups. */
    static int retract(Connection c, String source, List<String> keys, UUID job, String by, RollupDelta delta)
            throws SQLException {
        int moved = 0;
        try (PreparedStatement move = prepare(c, MOVE + CONTRIBUTION, source, keys, job, by, Change.RETRACTED);
                ResultSet rs = move.executeQuery()) {
            while (rs.next()) {
                delta.add(ChunkWriter.contribution(rs), -1);
                moved++;
            }
        }
        return moved;
    }

    private static PreparedStatement prepare(
            Connection c, String sql, String source, List<String> keys, UUID job, String by, Change change)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setString(1, source);
        s.setArray(2, c.createArrayOf("text", keys.toArray()));
        s.setObject(3, job);
        s.setString(4, by);
        s.setString(5, change.name());
        return s;
    }
}
