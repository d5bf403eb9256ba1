package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;

/** The standard backtest set-ups: monthly UCDP GED fatalities and ACD country-year incidence. */
public final class ForecastBacktests {

    public static final String COUNT_MODEL = "hurdle-nb-10y+bootstrap";
    public static final String INCIDENCE_MODEL = "logit-incidence";
    public static final List<String> BENCHMARKS = List.of("bootstrap-last-year", "poisson-last-observed", "all-zero");
    public static final List<String> HISTORY_BENCHMARKS = List.of("bootstrap-last-year", "poisson-last-observed");
    public static final long SEED = 20240501L;
    public static final int BOOTSTRAP_DRAWS = 1000;
    public static final double RIDGE = 1.0;
    public static final int COUNT_TRAINING_YEARS = 10;
    public static final double POOL_WEIGHT = 0.5;
    public static final int FIRST_TRAINING_TARGET_YEAR_ACD = 1960;

    /** The country and grid model: gradient-boosted hurdle trees, 1-36 months ahead. */
    public static final String PANEL_MODEL = GradientBoostedHurdle.NAME;

    public static final int PANEL_HORIZONS = 36;
    public static final int PANEL_TRAINING_YEARS = 10;
    public static final int PANEL_CALIBRATION_MONTHS = 12;
    public static final List<Integer> PANEL_TEST_YEARS = List.of(2017, 2018, 2019, 2020);
    public static final List<Integer> PANEL_BACKTEST_HORIZONS = List.of(1, 3, 6, 12, 24, 36);

    private ForecastBacktests() {}

    /**
     * The gradient-boosted hurdle model with the settings chosen on the tuning countries ({@link
     * LeaveCountriesOut}).
     */
    public static GradientBoostedHurdle panelModel() {
        return new GradientBoostedHurdle(new GradientBoostedHurdle.Settings(
                PANEL_TRAINING_YEARS,
                PANEL_CALIBRATION_MONTHS,
                0.1,
                new BoostedTrees.Settings(60, 5, 0.1, 1.0, 1.0, 0.5),
                new BoostedTrees.Settings(60, 4, 0.1, 1.0, 5.0, 0.7),
                BOOTSTRAP_DRAWS,
                SEED));
    }

    /** The first origin month whose features a model prepared at {@code cutoff} for up to 36 months may read. */
    public static int firstFeatureMonth(int cutoff) {
        return cutoff - PANEL_CALIBRATION_MONTHS - 12 * PANEL_TRAINING_YEARS - PANEL_HORIZONS;
    }

    /** The model and the four benchmarks of a panel backtest. */
    public static List<PanelForecaster> panelForecasters() {
        List<PanelForecaster> all = new java.util.ArrayList<>();
        all.add(panelModel());
        all.addAll(PanelBenchmarks.all(SEED, BOOTSTRAP_DRAWS));
        return all;
    }

    /**
     * The monthly fatality model: an equal-weight linear pool of the hurdle negative binomial history
     * model (trained on the last ten years) and the bootstrap of the last twelve months.
     */
    public static Forecaster countModel() {
        return new LinearPool(
                COUNT_MODEL,
                new HurdleHistoryModel(RIDGE, COUNT_TRAINING_YEARS),
                new BootstrapBenchmark(SEED, BOOTSTRAP_DRAWS),
                POOL_WEIGHT);
    }

    public static Forecaster incidenceModel() {
        return new LogisticIncidenceModel(RIDGE, FIRST_TRAINING_TARGET_YEAR_ACD);
    }

    public static BacktestReport gedMonthly(Panel panel, String level) {
        BacktestRequest request = new BacktestRequest(
                "UCDP GED 23.1 state-based fatalities", level, List.of(2019, 2020, 2021, 2022), List.of(1, 3, 6, 12));
        return new Backtest(List.of(
                        countModel(),
                        new BootstrapBenchmark(SEED, BOOTSTRAP_DRAWS),
                        new LastObservedPoissonBenchmark(),
                        new ZeroBenchmark()))
                .run(panel, request);
    }

    public static BacktestReport acdIncidence(Panel panel) {
        BacktestRequest request = new BacktestRequest(
                "UCDP/PRIO ACD 25.1 conflict incidence",
                "COUNTRY_YEAR",
                List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024),
                List.of(1));
        return new Backtest(List.of(
                        incidenceModel(),
                        new BootstrapBenchmark(SEED, BOOTSTRAP_DRAWS),
                        new LastObservedPoissonBenchmark(),
                        new ZeroBenchmark()))
                .run(panel, request);
    }
}
