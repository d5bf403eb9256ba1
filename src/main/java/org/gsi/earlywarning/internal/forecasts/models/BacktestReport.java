package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;
import java.util.OptionalDouble;

/** All window results of a backtest, with averages over windows per forecaster. */
public record BacktestReport(BacktestRequest request, List<String> forecasters, List<WindowResult> windows) {

    public BacktestReport {
        forecasters = List.copyOf(forecasters);
        windows = List.copyOf(windows);
    }

    public List<WindowResult> windowsOf(String forecaster) {
        return windows.stream().filter(w -> w.forecaster().equals(forecaster)).toList();
    }

    public double averageCrps(String forecaster) {
        return windowsOf(forecaster).stream()
                .mapToDouble(w -> w.scores().crps())
                .average()
                .orElseThrow();
    }

    public double averageBrier(String forecaster) {
        return windowsOf(forecaster).stream()
                .mapToDouble(w -> w.scores().brier())
                .average()
                .orElseThrow();
    }

    public double averageCoverage(String forecaster) {
        return windowsOf(forecaster).stream()
                .mapToDouble(w -> w.scores().coverage90())
                .average()
                .orElseThrow();
    }

    /** Mean share of outcomes whose randomized PIT lies in [0.05, 0.95], over windows. */
    public double averagePitCoverage(String forecaster) {
        return windowsOf(forecaster).stream()
                .mapToDouble(w -> w.scores().pitCoverage90())
                .average()
                .orElseThrow();
    }

    /** Mean average precision over the windows that had at least one positive observation. */
    public OptionalDouble averagePrecision(String forecaster) {
        return windowsOf(forecaster).stream()
                .map(w -> w.scores().averagePrecision())
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }
}
