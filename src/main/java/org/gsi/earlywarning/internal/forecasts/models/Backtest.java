package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolling-origin backtest. For every test year, horizon h and target period of that year, each
 * forecaster is handed only the view of the panel truncated at the cut-off (target - h) and its
 * forecast for the target is scored against the observation. A window's scores pool all units and
 * target periods of one test year at one horizon.
 */
public final class Backtest {

    private final List<Forecaster> forecasters;

    public Backtest(List<Forecaster> forecasters) {
        this.forecasters = List.copyOf(forecasters);
    }

    public BacktestReport run(Panel panel, BacktestRequest request) {
        return run(panel, request, unit -> true);
    }

    /** The backtest scoring only the units {@code scored} accepts (every unit is still trained on). */
    public BacktestReport run(Panel panel, BacktestRequest request, java.util.function.Predicate<String> scored) {
        List<WindowResult> results = new ArrayList<>();
        for (int year : request.testYears()) {
            for (int horizon : request.horizons()) {
                for (Forecaster forecaster : forecasters) {
                    List<ForecastOutcome> outcomes = window(panel, forecaster, year, horizon, scored);
                    if (!outcomes.isEmpty()) {
                        results.add(new WindowResult(forecaster.name(), year, horizon, WindowScores.of(outcomes)));
                    }
                }
            }
        }
        List<String> names = forecasters.stream().map(Forecaster::name).toList();
        return new BacktestReport(request, names, results);
    }

    private static List<ForecastOutcome> window(
            Panel panel, Forecaster forecaster, int year, int horizon, java.util.function.Predicate<String> scored) {
        Cadence cadence = panel.cadence();
        List<ForecastOutcome> outcomes = new ArrayList<>();
        int last = Math.min(cadence.lastPeriodOf(year), panel.lastPeriod());
        for (int target = cadence.firstPeriodOf(year); target <= last; target++) {
            Panel view = panel.until(target - horizon);
            Map<String, PredictiveDistribution> forecasts = forecaster.forecast(view, horizon);
            for (int u = 0; u < panel.units().size(); u++) {
                String unit = panel.units().get(u);
                if (panel.isActive(u, target) && forecasts.containsKey(unit) && scored.test(unit)) {
                    outcomes.add(new ForecastOutcome(unit, target, forecasts.get(unit), panel.value(u, target)));
                }
            }
        }
        return outcomes;
    }
}
