package org.gsi.earlywarning.internal.forecast;

import java.util.List;

/** The standard backtest set-ups: monthly UCDP GED fatalities and ACD country-year incidence. */
public final class ForecastBacktests {

  public static final long SEED = 20240501L;
  public static final int BOOTSTRAP_DRAWS = 1000;
  public static final double RIDGE = 1.0;
  public static final int FIRST_TRAINING_TARGET_YEAR_GED = 1989;
  public static final int FIRST_TRAINING_TARGET_YEAR_ACD = 1960;

  private ForecastBacktests() {}

  public static BacktestReport gedMonthly(Panel panel, String level) {
    BacktestRequest request =
        new BacktestRequest("UCDP GED 23.1 state-based fatalities", level,
            List.of(2019, 2020, 2021, 2022), List.of(1, 3, 6, 12));
    return new Backtest(
            List.of(
                new NegativeBinomialHistoryModel(RIDGE, FIRST_TRAINING_TARGET_YEAR_GED),
                new BootstrapBenchmark(SEED, BOOTSTRAP_DRAWS),
                new LastObservedPoissonBenchmark(),
                new ZeroBenchmark()))
        .run(panel, request);
  }

  public static BacktestReport acdIncidence(Panel panel) {
    BacktestRequest request =
        new BacktestRequest("UCDP/PRIO ACD 25.1 conflict incidence", "COUNTRY_YEAR",
            List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024), List.of(1));
    return new Backtest(
            List.of(
                new LogisticIncidenceModel(RIDGE, FIRST_TRAINING_TARGET_YEAR_ACD),
                new BootstrapBenchmark(SEED, BOOTSTRAP_DRAWS),
                new LastObservedPoissonBenchmark(),
                new ZeroBenchmark()))
        .run(panel, request);
  }
}
