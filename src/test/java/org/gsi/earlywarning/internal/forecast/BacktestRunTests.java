package org.gsi.earlywarning.internal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the backtests on the shipped data and prints the scores (tag "backtest"). */
@Tag("backtest")
class BacktestRunTests {

  private static final List<String> BENCHMARKS =
      List.of("bootstrap-last-year", "poisson-last-observed", "all-zero");
  private static final List<String> HISTORY = List.of("bootstrap-last-year", "poisson-last-observed");

  @Test
  void gedCountryAndAdmin1BacktestsScoreEveryWindowOfEveryForecaster() {
    for (UnitLevel level : UnitLevel.values()) {
      BacktestReport report = ForecastBacktests.gedMonthly(ForecastData.gedCar(level), level.name());
      GoalAssessment goals = GoalAssessment.of(report, "nb-history", BENCHMARKS, HISTORY);
      System.out.println(BacktestTable.render(report, goals));
      assertThat(report.windows()).hasSize(4 * 4 * 4);
    }
  }

  @Test
  void acdCountryYearBacktestScoresTenYears() {
    BacktestReport report = ForecastBacktests.acdIncidence(ForecastData.acdCountryYears());
    GoalAssessment goals = GoalAssessment.of(report, "logit-incidence", BENCHMARKS, HISTORY);
    System.out.println(BacktestTable.render(report, goals));
    assertThat(report.windows()).hasSize(10 * 4);
  }
}
