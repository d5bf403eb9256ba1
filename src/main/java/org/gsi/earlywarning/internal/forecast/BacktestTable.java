package org.gsi.earlywarning.internal.forecast;

import java.util.Locale;

/** Renders a backtest report and its goal assessment as a plain-text table. */
public final class BacktestTable {

    private BacktestTable() {}

    public static String render(BacktestReport report, GoalAssessment goals) {
        StringBuilder out = new StringBuilder();
        BacktestRequest r = report.request();
        out.append(String.format(Locale.ROOT, "%s, %s%n", r.dataSource(), r.unitLevel()));
        out.append(String.format(
                Locale.ROOT,
                "%-22s %5s %3s %5s %4s %10s %8s %7s %7s%n",
                "forecaster",
                "year",
                "h",
                "n",
                "pos",
                "CRPS",
                "Brier",
                "AP",
                "cov90"));
        for (WindowResult w : report.windows()) {
            WindowScores s = w.scores();
            out.append(String.format(
                    Locale.ROOT,
                    "%-22s %5d %3d %5d %4d %10.4f %8.4f %7s %7.3f%n",
                    w.forecaster(),
                    w.testYear(),
                    w.horizon(),
                    s.forecasts(),
                    s.positives(),
                    s.crps(),
                    s.brier(),
                    s.averagePrecision().isPresent()
                            ? String.format(
                                    Locale.ROOT, "%.3f", s.averagePrecision().getAsDouble())
                            : "undefined",
                    s.coverage90()));
        }
        for (String f : report.forecasters()) {
            out.append(String.format(
                    Locale.ROOT,
                    "average %-14s CRPS %.4f  Brier %.4f  AP %s  cov90 %.3f%n",
                    f,
                    report.averageCrps(f),
                    report.averageBrier(f),
                    report.averagePrecision(f).isPresent()
                            ? String.format(
                                    Locale.ROOT,
                                    "%.3f",
                                    report.averagePrecision(f).getAsDouble())
                            : "undefined",
                    report.averageCoverage(f)));
        }
        out.append(String.format(
                Locale.ROOT,
                "goals for %s: CRPS <= best benchmark in %d of %d windows (losing: %s); "
                        + "average CRPS %.1f %% below %s (goal >= 5 %%, also in every year: %s); AP %s vs %s (goal >= +0.05); "
                        + "coverage %.1f %% (goal 85-95 %%)%n",
                goals.model(),
                goals.windows() - goals.windowsLosingOnCrps().size(),
                goals.windows(),
                goals.windowsLosingOnCrps(),
                100 * goals.crpsImprovementOverBestBenchmark(),
                goals.bestCrpsBenchmark(),
                goals.crpsImprovementByYear(),
                goals.averagePrecisionDefined()
                        ? String.format(Locale.ROOT, "%+.3f", goals.averagePrecisionMargin())
                        : "undefined",
                goals.bestHistoryBenchmark(),
                100 * goals.coverage90()));
        return out.toString();
    }
}
