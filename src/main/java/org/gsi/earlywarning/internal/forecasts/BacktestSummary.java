package org.gsi.earlywarning.internal.forecasts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gsi.earlywarning.internal.forecasts.models.BacktestReport;
import org.gsi.earlywarning.internal.forecasts.models.GoalAssessment;
import org.gsi.earlywarning.internal.forecasts.models.WindowResult;

/** A backtest report as stored and answered: scores per window and averages per forecaster, and the goals. */
record BacktestSummary(
        String dataSource,
        String unitLevel,
        String scope,
        List<Integer> testYears,
        List<Integer> horizons,
        String model,
        List<Window> windows,
        List<Average> averages,
        Goals goals) {

    record Window(
            String forecaster,
            int testYear,
            int horizon,
            int forecasts,
            int positives,
            double crps,
            double brier,
            Double averagePrecision,
            double coverage90,
            Double pitCoverage90) {}

    /**
     * Averages over windows; {@code coverage90} is the share inside [q05, q95], {@code pitCoverage90} the share whose
     * randomized PIT lies in [0.05, 0.95] (null in reports stored before it was measured).
     */
    record Average(
            String forecaster,
            double crps,
            double brier,
            Double averagePrecision,
            double coverage90,
            Double pitCoverage90) {}

    record Goals(
            boolean crpsInEveryWindow,
            List<String> windowsLosingOnCrps,
            double crpsImprovementOverBestBenchmark,
            String bestCrpsBenchmark,
            boolean crpsOnAverage,
            Double averagePrecisionMargin,
            String bestHistoryBenchmark,
            boolean averagePrecisionGoal,
            double coverage90,
            boolean coverageGoal,
            boolean crpsInEveryYear,
            Map<Integer, Double> crpsImprovementByYear,
            Double pitCoverage90,
            Boolean pitCoverageGoal) {}

    static BacktestSummary of(BacktestReport report, String model, String scope, GoalAssessment g) {
        List<Window> windows =
                report.windows().stream().map(BacktestSummary::window).toList();
        List<Average> averages = report.forecasters().stream()
                .filter(f -> !report.windowsOf(f).isEmpty())
                .map(f -> new Average(
                        f,
                        report.averageCrps(f),
                        report.averageBrier(f),
                        orNull(report.averagePrecision(f)),
                        report.averageCoverage(f),
                        report.averagePitCoverage(f)))
                .toList();
        Goals goals = new Goals(
                g.crpsInEveryWindow(),
                g.windowsLosingOnCrps(),
                g.crpsImprovementOverBestBenchmark(),
                g.bestCrpsBenchmark(),
                g.crpsOnAverage(),
                g.averagePrecisionDefined() ? g.averagePrecisionMargin() : null,
                g.bestHistoryBenchmark(),
                g.averagePrecisionGoal(),
                g.coverage90(),
                g.coverageGoal(),
                g.crpsInEveryYear(),
                g.crpsImprovementByYear(),
                g.pitCoverage90(),
                g.pitCoverageGoal());
        return new BacktestSummary(
                report.request().dataSource(),
                report.request().unitLevel(),
                scope,
                report.request().testYears(),
                report.request().horizons(),
                model,
                windows,
                averages,
                goals);
    }

    /** Averages keyed by forecaster, for pages. */
    Map<String, Average> averagesByForecaster() {
        Map<String, Average> out = new LinkedHashMap<>();
        averages.forEach(a -> out.put(a.forecaster(), a));
        return out;
    }

    private static Window window(WindowResult w) {
        return new Window(
                w.forecaster(),
                w.testYear(),
                w.horizon(),
                w.scores().forecasts(),
                w.scores().positives(),
                w.scores().crps(),
                w.scores().brier(),
                orNull(w.scores().averagePrecision()),
                w.scores().coverage90(),
                w.scores().pitCoverage90());
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
