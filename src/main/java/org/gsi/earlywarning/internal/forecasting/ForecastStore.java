package org.gsi.earlywarning.internal.forecasting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.RunView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of forecast runs and their forecasts; the latest finished run of a unit level is the current one. */
@Repository
class ForecastStore {

    private final JdbcClient jdbc;

    ForecastStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    void insert(UUID run, List<ForecastView> forecasts) {
        for (ForecastView f : forecasts) {
            jdbc.sql("INSERT INTO earlywarning_forecast (run_id, unit, country, horizon, month, mean, q05, q25, q50,"
                            + " q75, q95, p_gt_0, p_gt_25) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            run,
                            f.unit(),
                            f.country(),
                            f.horizon(),
                            YearMonth.parse(f.month()).atDay(1),
                            f.mean(),
                            f.q05(),
                            f.q25(),
                            f.q50(),
                            f.q75(),
                            f.q95(),
                            f.pGt0(),
                            f.pGt25())
                    .update();
        }
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
        List<String> where = new ArrayList<>(List.of("run_id = :run"));
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
        if (horizon != null) {
            q = q.param("horizon", horizon);
        }
        return q.query(ForecastStore::forecast).list();
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
