package org.gsi.earlywarning.internal.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's standing against the forecasting goals: CRPS at or below the best benchmark in every
 * window and at least 5 % below the best benchmark's average; average precision at least 0.05 above
 * the best history-based benchmark; average 90 % interval coverage between 85 % and 95 %.
 */
public record GoalAssessment(
        String model,
        int windows,
        List<String> windowsLosingOnCrps,
        double crpsImprovementOverBestBenchmark,
        String bestCrpsBenchmark,
        double averagePrecisionMargin,
        String bestHistoryBenchmark,
        double coverage90) {

    public static final double REQUIRED_CRPS_IMPROVEMENT = 0.05;
    public static final double REQUIRED_AP_MARGIN = 0.05;

    public static GoalAssessment of(
            BacktestReport report, String model, List<String> benchmarks, List<String> history) {
        List<String> losing = new ArrayList<>();
        List<WindowResult> own = report.windowsOf(model);
        for (WindowResult w : own) {
            double best = report.windows().stream()
                    .filter(b -> benchmarks.contains(b.forecaster()))
                    .filter(b -> b.testYear() == w.testYear() && b.horizon() == w.horizon())
                    .mapToDouble(b -> b.scores().crps())
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
            if (w.scores().crps() > best + 1e-12) {
                losing.add(w.testYear() + "/h" + w.horizon());
            }
        }
        String bestCrps = argBest(benchmarks, b -> -report.averageCrps(b));
        String bestHistory = argBest(history, b -> report.averagePrecision(b).orElse(0.0));
        return new GoalAssessment(
                model,
                own.size(),
                losing,
                1.0 - report.averageCrps(model) / report.averageCrps(bestCrps),
                bestCrps,
                report.averagePrecision(model).orElse(0.0)
                        - report.averagePrecision(bestHistory).orElse(0.0),
                bestHistory,
                report.averageCoverage(model));
    }

    public boolean crpsInEveryWindow() {
        return windowsLosingOnCrps.isEmpty();
    }

    public boolean crpsOnAverage() {
        return crpsImprovementOverBestBenchmark >= REQUIRED_CRPS_IMPROVEMENT;
    }

    public boolean averagePrecisionGoal() {
        return averagePrecisionMargin >= REQUIRED_AP_MARGIN;
    }

    public boolean coverageGoal() {
        return coverage90 >= 0.85 && coverage90 <= 0.95;
    }

    private static String argBest(List<String> names, java.util.function.ToDoubleFunction<String> score) {
        String best = names.get(0);
        for (String n : names) {
            if (score.applyAsDouble(n) > score.applyAsDouble(best)) {
                best = n;
            }
        }
        return best;
    }
}
