package org.gsi.earlywarning.internal.forecasts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Responses of the forecasts API. */
public final class ForecastViews {

    private ForecastViews() {}

    /** The forecast of one unit for the month {@code horizon} months after the run's cut-off. */
    public record ForecastView(
            String unit,
            String country,
            int horizon,
            String month,
            double mean,
            int q05,
            int q25,
            int q50,
            int q75,
            int q95,
            double pGt0,
            double pGt25) {}

    public record RunView(
            UUID id,
            String model,
            String unitLevel,
            String cutoff,
            long seed,
            String status,
            int units,
            String error,
            Instant startedAt,
            Instant finishedAt) {}

    public record ForecastsView(RunView run, List<ForecastView> forecasts) {}

    /**
     * A backtest request: data source stored (events in the store; unit level country, admin1 or grid) or acd
     * (shipped ACD country-years); the scored units may be restricted to a side of the leave-countries-out split
     * (tuning, held-out, all), to countries (ISO alpha-3) and to an M49 region.
     */
    public record BacktestJobRequest(
            String dataSource,
            String unitLevel,
            List<Integer> testYears,
            List<Integer> horizons,
            List<String> countries,
            String region,
            String split) {}
}
