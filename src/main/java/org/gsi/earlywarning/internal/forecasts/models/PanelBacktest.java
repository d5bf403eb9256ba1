package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rolling-origin backtest of a {@link ConflictPanel}. For every test year Y and horizon h each forecaster is prepared
 * from the observations up to the cut-off (January of Y) - h, and then forecasts every month m of Y from the origin m
 * - h, reading nothing after that origin: each forecast rests only on data before its own cut-off. A window pools the
 * scored units (those of the chosen countries, observed in the target month) and the months of one test year at one
 * horizon. Windows are computed two at a time ({@link InParallel}); the report lists them in request order.
 */
public final class PanelBacktest {

    private final List<PanelForecaster> forecasters;

    public PanelBacktest(List<PanelForecaster> forecasters) {
        this.forecasters = List.copyOf(forecasters);
    }

    /**
     * Runs the backtest; {@code features} may be null when no forecaster needs them, {@code scored} says which
     * countries' units are scored.
     */
    public BacktestReport run(
            ConflictPanel panel, FeatureTable features, BacktestRequest request, Predicate<String> scored) {
        List<WindowResult> results = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        for (int u = 0; u < panel.units().size(); u++) {
            if (scored.test(panel.countryOf(u))) {
                units.add(u);
            }
        }
        List<int[]> windows = new ArrayList<>();
        for (int year : request.testYears()) {
            for (int horizon : request.horizons()) {
                int firstTarget = Cadence.MONTHLY.firstPeriodOf(year);
                int lastTarget = Math.min(Cadence.MONTHLY.lastPeriodOf(year), panel.lastPeriod());
                int cutoff = firstTarget - horizon;
                if (lastTarget >= firstTarget && (features == null || cutoff >= features.from())) {
                    windows.add(new int[] {year, horizon});
                }
            }
        }
        InParallel.map(windows, w -> window(panel, features, units, w[0], w[1])).forEach(results::addAll);
        return new BacktestReport(
                request, forecasters.stream().map(PanelForecaster::name).toList(), results);
    }

    private List<WindowResult> window(
            ConflictPanel panel, FeatureTable features, List<Integer> units, int year, int horizon) {
        int firstTarget = Cadence.MONTHLY.firstPeriodOf(year);
        int lastTarget = Math.min(Cadence.MONTHLY.lastPeriodOf(year), panel.lastPeriod());
        List<WindowResult> results = new ArrayList<>();
        for (PanelForecaster forecaster : forecasters) {
            PanelForecaster.Prepared prepared = forecaster.prepare(features, panel, firstTarget - horizon, horizon);
            List<ForecastOutcome> outcomes = new ArrayList<>();
            for (int target = firstTarget; target <= lastTarget; target++) {
                for (int u : units) {
                    if (panel.isObserved(u, target)) {
                        outcomes.add(new ForecastOutcome(
                                panel.units().get(u),
                                target,
                                prepared.forecast(u, target - horizon),
                                panel.value(u, target)));
                    }
                }
            }
            if (!outcomes.isEmpty()) {
                results.add(new WindowResult(forecaster.name(), year, horizon, WindowScores.of(outcomes)));
            }
        }
        return results;
    }
}
