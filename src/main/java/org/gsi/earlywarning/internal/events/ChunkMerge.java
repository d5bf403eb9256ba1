package org.gsi.earlywarning.internal.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL that moves one staged chunk into the event store: rows new to the store are inserted, rows whose content
 * hash differs replace the stored ones, identical rows are left alone. The indicator rollups receive the
 * contributions of the written rows and lose those of the replaced rows, in the same statement and so in the same
 * transaction: the rollups always equal an aggregation of the stored events.
 */
final class ChunkMerge {

    /** Serialises writers of the event store across processes (web application and command line). */
    static final long STORE_LOCK = 7_300_301L;

    static final String STAGE_COLUMNS = "line, source, source_id, source_version, event_date, date_precision,"
            + " country, admin1, admin2, location, latitude, longitude, gid, actor1, actor2, category, cameo_code,"
            + " quad_class, goldstein, fatalities_best, fatalities_low, fatalities_high, raw_row, content_hash";

    static final String CREATE_STAGE = "CREATE TEMP TABLE IF NOT EXISTS earlywarning_stage ("
            + "line BIGINT, source TEXT, source_id TEXT, source_version TEXT, event_date DATE, date_precision TEXT,"
            + " country TEXT, admin1 TEXT, admin2 TEXT, location TEXT, latitude DOUBLE PRECISION,"
            + " longitude DOUBLE PRECISION, gid INTEGER, actor1 TEXT, actor2 TEXT, category TEXT, cameo_code TEXT,"
            + " quad_class SMALLINT, goldstein NUMERIC(4,1), fatalities_best INTEGER, fatalities_low INTEGER,"
            + " fatalities_high INTEGER, raw_row TEXT, content_hash TEXT) ON COMMIT DELETE ROWS";

    static final String COPY_STAGE = "COPY earlywarning_stage (" + STAGE_COLUMNS + ") FROM STDIN";

    private static final String EVENT_COLUMNS = "source, source_id, source_version, event_date, date_precision,"
            + " month, country, admin1, admin2, location, latitude, longitude, gid, actor1, actor2, category,"
            + " cameo_code, quad_class, goldstein, fatalities_best, fatalities_low, fatalities_high, raw_row,"
            + " content_hash, import_job";

    private static final String CONTRIBUTION =
            "country, admin1, gid, month, category, fatalities_best," + " quad_class, goldstein";

    private static final String MERGE = "WITH old AS ("
            + " SELECT e.country, e.admin1, e.gid, e.month, e.category, e.fatalities_best, e.quad_class, e.goldstein,"
            + " e.content_hash = s.content_hash AS same"
            + " FROM earlywarning_stage s JOIN earlywarning_event e"
            + " ON e.source = s.source AND e.source_id = s.source_id),"
            + " written AS (INSERT INTO earlywarning_event (" + EVENT_COLUMNS + ")"
            + " SELECT source, source_id, source_version, event_date, date_precision,"
            + " date_trunc('month', event_date)::date, country, admin1, admin2, location, latitude, longitude, gid,"
            + " actor1, actor2, category, cameo_code, quad_class, goldstein, fatalities_best, fatalities_low,"
            + " fatalities_high, raw_row, content_hash, ?::uuid FROM earlywarning_stage"
            + " ON CONFLICT ON CONSTRAINT earlywarning_event_pkey DO UPDATE SET source_version = EXCLUDED.source_version,"
            + " event_date = EXCLUDED.event_date, date_precision = EXCLUDED.date_precision, month = EXCLUDED.month,"
            + " country = EXCLUDED.country, admin1 = EXCLUDED.admin1, admin2 = EXCLUDED.admin2,"
            + " location = EXCLUDED.location, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,"
            + " gid = EXCLUDED.gid, actor1 = EXCLUDED.actor1, actor2 = EXCLUDED.actor2,"
            + " category = EXCLUDED.category, cameo_code = EXCLUDED.cameo_code, quad_class = EXCLUDED.quad_class,"
            + " goldstein = EXCLUDED.goldstein, fatalities_best = EXCLUDED.fatalities_best,"
            + " fatalities_low = EXCLUDED.fatalities_low, fatalities_high = EXCLUDED.fatalities_high,"
            + " raw_row = EXCLUDED.raw_row, content_hash = EXCLUDED.content_hash,"
            + " import_job = EXCLUDED.import_job, stored_at = now()"
            + " WHERE earlywarning_event.content_hash <> EXCLUDED.content_hash"
            + " RETURNING " + CONTRIBUTION + "),"
            + " contribution AS (SELECT 1 AS sign, " + CONTRIBUTION + " FROM written"
            + " UNION ALL SELECT -1, " + CONTRIBUTION + " FROM old WHERE NOT same),"
            + " rolled AS (INSERT INTO earlywarning_indicator AS i (unit_level, unit, country, month, category,"
            + " events, fatalities, conflictual, cooperative, goldstein_sum)"
            + " SELECT u.level, u.unit, c.country, c.month, c.category, sum(c.sign),"
            + " sum(c.sign * coalesce(c.fatalities_best, 0)),"
            + " coalesce(sum(c.sign) FILTER (WHERE c.quad_class >= 3), 0),"
            + " coalesce(sum(c.sign) FILTER (WHERE c.quad_class IN (1, 2)), 0),"
            + " sum(c.sign * coalesce(c.goldstein, 0))"
            + " FROM contribution c CROSS JOIN LATERAL (VALUES ('COUNTRY', c.country::text),"
            + " ('ADMIN1', CASE WHEN c.admin1 <> '' THEN c.country || '/' || c.admin1 END),"
            + " ('GRID', c.gid::text)) AS u(level, unit)"
            + " WHERE u.unit IS NOT NULL GROUP BY u.level, u.unit, c.country, c.month, c.category"
            + " ON CONFLICT (unit_level, unit, country, month, category)"
            + " DO UPDATE SET events = i.events + EXCLUDED.events,"
            + " fatalities = i.fatalities + EXCLUDED.fatalities,"
            + " conflictual = i.conflictual + EXCLUDED.conflictual,"
            + " cooperative = i.cooperative + EXCLUDED.cooperative,"
            + " goldstein_sum = i.goldstein_sum + EXCLUDED.goldstein_sum RETURNING unit_level, unit, month)"
            + " SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM old),"
            + " (SELECT count(*) FROM old WHERE same), (SELECT count(*) FROM rolled),"
            + " (SELECT string_agg(unit || ':' || month, ',') FROM rolled WHERE unit_level = 'COUNTRY')";

    private ChunkMerge() {}

    /** The outcome of one chunk; {@code touched} lists the changed country-months as {@code CAF:2020-05-01}. */
    record Result(long imported, long updated, long unchanged, String touched) {}

    static Result merge(Connection connection, String jobId) throws SQLException {
        try (Statement setup = connection.createStatement()) {
            setup.execute("SELECT pg_advisory_xact_lock(" + STORE_LOCK + ")");
            // a chunk is small against the store: probe the key index per row, aggregate the rollups in memory
            setup.execute("SET LOCAL enable_hashjoin = off");
            setup.execute("SET LOCAL enable_mergejoin = off");
            setup.execute("SET LOCAL work_mem = '64MB'");
        }
        Result result;
        try (var statement = connection.prepareStatement(MERGE)) {
            statement.setString(1, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long written = rs.getLong(1);
                long existing = rs.getLong(2);
                long same = rs.getLong(3);
                result = new Result(written - (existing - same), existing - same, same, rs.getString(5));
            }
        }
        if (result.updated() > 0) {
            try (Statement cleanup = connection.createStatement()) {
                cleanup.execute("DELETE FROM earlywarning_indicator WHERE events = 0");
            }
        }
        return result;
    }
}
