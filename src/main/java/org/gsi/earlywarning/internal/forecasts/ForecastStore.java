package org.gsi.earlywarning.internal.forecasts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.RunView;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** SQL of forecast runs and their forecasts; the latest finished run of a unit level is the current one. */
@Repository
class ForecastStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ForecastStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void started(UUID id, String model, String level, long seed) {
        jdbc.sql("INSERT INTO earlywarning_forecast_run (id, model, unit_level, seed, status) VALUES (?, ?, ?, ?,"
                        + " 'RUNNING')")
                .params(id, model, level, seed)
                .update();
    }

    void finished(UUID id, YearMonth cutoff, int units) {
        jdbc.sql("UPDATE earlywarning_forecast_run SET status = 'DONE', cutoff = ?, units = ?, finished_at = now()"
                        + " WHERE id = ?")
                .params(cutoff.atDay(1), units, id)
                .update();
    }

    void failed(UUID id, String error) {
        jdbc.sql("UPDATE earlywarning_forecast_run SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?")
                .params(error, id)
                .update();
    }

    /** Runs left running by a stopped platform. */
    void failAbandoned() {
        jdbc.sql("UPDATE earlywarning_forecast_run SET status = 'FAILED', error = 'the platform stopped',"
                        + " finished_at = now() WHERE status = 'RUNNING'")
                .update();
    }

    /** Stores a run's forecasts with one COPY (a grid run holds hundreds of thousands). */
    void insert(UUID run, List<ForecastView> forecasts) {
        StringBuilder rows = new StringBuilder(forecasts.size() * 96);
        for (ForecastView f : forecasts) {
            rows.append(run).append('\t');
            rows.append(copyText(f.unit())).append('\t');
            rows.append(copyText(f.country())).append('\t');
            rows.append(f.horizon()).append('\t');
            rows.append(f.month()).append("-01\t");
            rows.append(f.mean()).append('\t');
            rows.append(f.q05())
                    .append('\t')
                    .append(f.q25())
                    .append('\t')
                    .append(f.q50())
                    .append('\t');
            rows.append(f.q75()).append('\t').append(f.q95()).append('\t');
            rows.append(f.pGt0()).append('\t').append(f.pGt25()).append('\n');
        }
        byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.sql.Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY earlywarning_forecast (run_id, unit, country, horizon, month, mean, q05, q25, q50,"
                                    + " q75, q95, p_gt_0, p_gt_25) FROM STDIN",
                            new ByteArrayInputStream(bytes));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store the forecasts of run " + run, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String copyText(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    Optional<RunView> latest(String level) {
        return jdbc.sql("SELECT * FROM earlywarning_forecast_run WHERE unit_level = ? AND status = 'DONE'"
                        + " ORDER BY finished_at DESC LIMIT 1")
                .param(level)
                .query(ForecastStore::run)
                .optional();
    }

    List<RunView> recentRuns(int limit) {
        return jdbc.sql("SELECT * FROM earlywarning_forecast_run ORDER BY started_at DESC LIMIT ?")
                .param(limit)
                .query(ForecastStore::run)
                .list();
    }

    List<ForecastView> forecasts(UUID run, String country, Integer horizon) {
        return forecasts(run, country, null, horizon);
    }

    /** A run's forecasts, optionally of one country, one unit and one horizon. */
    List<ForecastView> forecasts(UUID run, String country, String unit, Integer horizon) {
        List<String> where = new ArrayList<>(List.of("run_id = :run"));
        if (unit != null) {
            where.add("unit = :unit");
        }
        if (country != null) {
            where.add("country = :country");
        }
        if (horizon != null) {
            where.add("horizon = :horizon");
        }
        var q = jdbc.sql("SELECT * FROM earlywarning_forecast WHERE " + String.join(" AND ", where)
                        + " ORDER BY unit, horizon")
                .param("run", run);
        if (country != null) {
            q = q.param("country", country);
        }
        if (unit != null) {
            q = q.param("unit", unit);
        }
        if (horizon != null) {
            q = q.param("horizon", horizon);
        }
        return q.query(ForecastStore::forecast).list();
    }

    /** One cell of the grid map: the cell, its country and month, and P(> 0) or the median. */
    record CellValue(int gid, String country, String month, double value) {}

    /** The value of every cell of a run at one horizon, optionally of one country: one indexed read. */
    List<CellValue> cells(UUID run, int horizon, String country, boolean median) {
        return jdbc.sql("SELECT unit, country, month, " + (median ? "q50" : "p_gt_0")
                        + " AS v FROM earlywarning_forecast WHERE run_id = :run AND horizon = :horizon"
                        + " AND (CAST(:country AS text) IS NULL OR country = :country)")
                .param("run", run)
                .param("horizon", horizon)
                .param("country", country)
                .query((rs, n) -> new CellValue(
                        Integer.parseInt(rs.getString(1)),
                        rs.getString(2).trim(),
                        YearMonth.from(rs.getObject(3, LocalDate.class)).toString(),
                        rs.getDouble(4)))
                .list();
    }

    private static ForecastView forecast(ResultSet rs, int n) throws SQLException {
        return new ForecastView(
                rs.getString("unit"),
                rs.getString("country").trim(),
                rs.getInt("horizon"),
                YearMonth.from(rs.getObject("month", LocalDate.class)).toString(),
                rs.getDouble("mean"),
                rs.getInt("q05"),
                rs.getInt("q25"),
                rs.getInt("q50"),
                rs.getInt("q75"),
                rs.getInt("q95"),
                rs.getDouble("p_gt_0"),
                rs.getDouble("p_gt_25"));
    }

    private static RunView run(ResultSet rs, int n) throws SQLException {
        LocalDate cutoff = rs.getObject("cutoff", LocalDate.class);
        return new RunView(
                rs.getObject("id", UUID.class),
                rs.getString("model"),
                rs.getString("unit_level"),
                cutoff == null ? null : YearMonth.from(cutoff).toString(),
                rs.getLong("seed"),
                rs.getString("status"),
                rs.getInt("units"),
                rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null
                        ? null
                        : rs.getTimestamp("finished_at").toInstant());
    }
}
