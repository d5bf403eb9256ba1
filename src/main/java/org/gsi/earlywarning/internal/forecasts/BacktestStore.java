package org.gsi.earlywarning.internal.forecasts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL of backtest jobs; a finished job keeps its report as JSON. */
@Repository
class BacktestStore {

    /** A backtest job with its report once done. */
    record JobView(
            UUID id,
            String dataSource,
            String unitLevel,
            String scope,
            List<Integer> testYears,
            List<Integer> horizons,
            String status,
            String error,
            BacktestSummary report,
            String requestedBy,
            Instant createdAt,
            Instant finishedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BacktestStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void queued(
            UUID id,
            String source,
            String level,
            List<Integer> years,
            List<Integer> horizons,
            String scope,
            String user) {
        jdbc.sql("INSERT INTO earlywarning_backtest (id, data_source, unit_level, test_years, horizons, scope, status,"
                        + " requested_by) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?)")
                .params(id, source, level, years.toArray(Integer[]::new), horizons.toArray(Integer[]::new), scope, user)
                .update();
    }

    void running(UUID id) {
        jdbc.sql("UPDATE earlywarning_backtest SET status = 'RUNNING' WHERE id = ?")
                .param(id)
                .update();
    }

    void done(UUID id, BacktestSummary report) {
        jdbc.sql("UPDATE earlywarning_backtest SET status = 'DONE', report = CAST(? AS jsonb), finished_at = now()"
                        + " WHERE id = ?")
                .params(json.writeValueAsString(report), id)
                .update();
    }

    void failed(UUID id, String error) {
        jdbc.sql("UPDATE earlywarning_backtest SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?")
                .params(error, id)
                .update();
    }

    Optional<JobView> find(UUID id) {
        return jdbc.sql("SELECT * FROM earlywarning_backtest WHERE id = ?")
                .param(id)
                .query(this::view)
                .optional();
    }

    /** The latest finished backtest of a data source, of one unit level and scope when given. */
    Optional<JobView> latestDone(String source, String level, String scope) {
        return jdbc.sql("SELECT * FROM earlywarning_backtest WHERE data_source = :source AND status = 'DONE'"
                        + " AND (CAST(:level AS text) IS NULL OR unit_level = :level)"
                        + " AND (CAST(:scope AS text) IS NULL OR scope = :scope) ORDER BY finished_at DESC LIMIT 1")
                .param("source", source)
                .param("level", level)
                .param("scope", scope)
                .query(this::view)
                .optional();
    }

    private JobView view(ResultSet rs, int n) throws SQLException {
        String report = rs.getString("report");
        return new JobView(
                rs.getObject("id", UUID.class),
                rs.getString("data_source"),
                rs.getString("unit_level"),
                rs.getString("scope"),
                ints(rs.getArray("test_years")),
                ints(rs.getArray("horizons")),
                rs.getString("status"),
                rs.getString("error"),
                report == null ? null : json.readValue(report, BacktestSummary.class),
                rs.getString("requested_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null
                        ? null
                        : rs.getTimestamp("finished_at").toInstant());
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
