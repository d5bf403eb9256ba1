package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;

/**
 * What to backtest: the data source and unit level (labels for the report), the test years and the
 * horizons in periods of the panel's cadence.
 */
public record BacktestRequest(String dataSource, String unitLevel, List<Integer> testYears, List<Integer> horizons) {

    public BacktestRequest {
        if (testYears.isEmpty() || horizons.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one test year and horizon");
        }
        if (horizons.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("horizons start at 1 period ahead: " + horizons);
        }
        testYears = List.copyOf(testYears);
        horizons = List.copyOf(horizons);
    }
}
