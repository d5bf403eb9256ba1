package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GoalAssessmentTests {

    private static WindowResult result(String f, int year, double crps, double ap, double cov) {
        return result(f, year, crps, ap, cov, cov);
    }

    private static WindowResult result(String f, int year, double crps, double ap, double cov, double pit) {
        return new WindowResult(f, year, 1, new WindowScores(10, crps, 0.1, OptionalDouble.of(ap), cov, 3, pit));
    }

    @Test
    void modelMustBeatTheBestBenchmarkInEveryWindowAndByFivePercentOnAverage() {
        BacktestReport report = new BacktestReport(
                new BacktestRequest("d", "COUNTRY", List.of(2020, 2021), List.of(1)),
                List.of("m", "boot", "zero"),
                List.of(
                        result("m", 2020, 0.9, 0.70, 0.9),
                        result("boot", 2020, 1.0, 0.60, 0.8),
                        result("zero", 2020, 1.2, 0.30, 0.7),
                        result("m", 2021, 2.1, 0.70, 0.9),
                        result("boot", 2021, 3.0, 0.66, 0.8),
                        result("zero", 2021, 2.0, 0.30, 0.7)));
        GoalAssessment goals = GoalAssessment.of(report, "m", List.of("boot", "zero"), List.of("boot"));
        assertThat(goals.windowsLosingOnCrps()).containsExactly("2021/h1");
        assertThat(goals.crpsInEveryWindow()).isFalse();
        // model 1.5 vs zero 1.6 (best on average): 6.25 % better
        assertThat(goals.bestCrpsBenchmark()).isEqualTo("zero");
        assertThat(goals.crpsImprovementOverBestBenchmark()).isCloseTo(0.0625, within(1e-12));
        assertThat(goals.crpsOnAverage()).isTrue();
        assertThat(goals.averagePrecisionMargin()).isCloseTo(0.07, within(1e-12));
        assertThat(goals.averagePrecisionGoal()).isTrue();
        assertThat(goals.coverageGoal()).isTrue();
    }

    @Test
    void coverageGoalIsReportedForTheIntervalAndForTheRandomizedPitSeparately() {
        BacktestReport report = new BacktestReport(
                new BacktestRequest("d", "GRID", List.of(2020, 2021), List.of(1)),
                List.of("m", "boot"),
                List.of(
                        result("m", 2020, 0.9, 0.70, 0.99, 0.91),
                        result("boot", 2020, 1.0, 0.60, 0.99, 0.70),
                        result("m", 2021, 0.9, 0.70, 1.00, 0.88),
                        result("boot", 2021, 1.0, 0.60, 0.99, 0.70)));
        GoalAssessment goals = GoalAssessment.of(report, "m", List.of("boot"), List.of("boot"));
        assertThat(goals.coverage90()).isCloseTo(0.995, within(1e-12));
        assertThat(goals.coverageGoal()).isFalse();
        assertThat(goals.pitCoverage90()).isCloseTo(0.895, within(1e-12));
        assertThat(goals.pitCoverageGoal()).isTrue();
    }
}
