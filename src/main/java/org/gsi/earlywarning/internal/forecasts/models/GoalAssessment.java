package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model's standing against the forecasting goals: CRPS at least 5 % below the best benchmark in every test year
 * (mean over the year's horizons, against the benchmark best in that year) and on average; average precision at
 * least 0.05 above the best history-based benchmark (undefined, NaN, when no window had both outcomes); average
 * 90 % coverage between 85 % and 95 %. Coverage is measured two ways: by the central interval [q05, q95], which for
 * counts that are mostly zero is [0, 0] and covers far more than 90 % by discreteness alone, and by the randomized PIT
 * ({@link RandomizedPit}), the coverage defined for count forecasts; the goal is reported against each. The windows
 * where the model's CRPS is above the best benchmark's are listed too.
 */
public record GoalAssessment(
        String model,
        int windows,
        List<String> windowsLosingOnCrps,
        double crpsImprovementOverBestBenchmark,
        String bestCrpsBenchmark,
        double averagePrecisionMargin,
        String bestHistoryBenchmark,
        double coverage90,
        Map<Integer, Double> crpsImprovementByYear,
        double pitCoverage90) {

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
        List<String> present =
                benchmarks.stream().filter(b -> !report.windowsOf(b).isEmpty()).toList();
        String bestCrps = argBest(present, b -> -report.averageCrps(b));
        String bestHistory = argBest(history, b -> report.averagePrecision(b).orElse(0.0));
        Map<Integer, Double> byYear = new TreeMap<>();
        for (int year : report.request().testYears()) {
            double mine = yearCrps(report, model, year);
            double best = present.stream()
                    .mapToDouble(b -> yearCrps(report, b, year))
                    .filter(v -> !Double.isNaN(v))
                    .min()
                    .orElse(Double.NaN);
            if (!Double.isNaN(mine) && !Double.isNaN(best)) {
                byYear.put(year, best == 0 ? (mine == 0 ? 0.0 : Double.NEGATIVE_INFINITY) : 1.0 - mine / best);
            }
        }
        double apModel = report.averagePrecision(model).orElse(Double.NaN);
        double apBest = report.averagePrecision(bestHistory).orElse(Double.NaN);
        return new GoalAssessment(
                model,
                own.size(),
                losing,
                1.0 - report.averageCrps(model) / report.averageCrps(bestCrps),
                bestCrps,
                apModel - apBest,
                bestHistory,
                report.averageCoverage(model),
                byYear,
                report.averagePitCoverage(model));
    }

    private static double yearCrps(BacktestReport report, String forecaster, int year) {
        return report.windowsOf(forecaster).stream()
                .filter(w -> w.testYear() == year)
                .mapToDouble(w -> w.scores().crps())
                .average()
                .orElse(Double.NaN);
    }

    /** Whether every test year's CRPS is at least 5 % below the best benchmark of that year. */
    public boolean crpsInEveryYear() {
        return !crpsImprovementByYear.isEmpty()
                && crpsImprovementByYear.values().stream().allMatch(v -> v >= REQUIRED_CRPS_IMPROVEMENT);
    }

    /** Whether the average precision margin is defined (some window had both outcomes). */
    public boolean averagePrecisionDefined() {
        return !Double.isNaN(averagePrecisionMargin);
    }

    public boolean crpsInEveryWindow() {
        return windowsLosingOnCrps.isEmpty();
    }

    public boolean crpsOnAverage() {
        return crpsImprovementOverBestBenchmark >= REQUIRED_CRPS_IMPROVEMENT;
    }

    public boolean averagePrecisionGoal() {
        return averagePrecisionDefined() && averagePrecisionMargin >= REQUIRED_AP_MARGIN;
    }

    /** Whether the central interval [q05, q95] covers 85 % to 95 % of the outcomes. */
    public boolean coverageGoal() {
        return withinCoverageBand(coverage90);
    }

    /** Whether 85 % to 95 % of the outcomes have a randomized PIT in [0.05, 0.95]. */
    public boolean pitCoverageGoal() {
        return withinCoverageBand(pitCoverage90);
    }

    private static boolean withinCoverageBand(double coverage) {
        return coverage >= 0.85 && coverage <= 0.95;
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
