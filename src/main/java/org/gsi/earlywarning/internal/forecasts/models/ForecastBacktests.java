package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import org.gsi.earlywarning.internal.indicators.UnitLevel;

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

    /** The country model: the gradient-boosted hurdle pooled with the trailing-12-month mean. */
    public static final String COUNTRY_PANEL_MODEL = GradientBoostedHurdle.NAME + "+" + PanelBenchmarks.TRAILING_MEAN;

    /** The horizons at which the country pool's weights were chosen; between them they are interpolated. */
    public static final List<Integer> COUNTRY_POOL_HORIZONS = List.of(1, 3, 6, 12, 24, 36);

    /**
     * The weight of the gradient-boosted hurdle in the country pool at each of {@link #COUNTRY_POOL_HORIZONS}: the
     * weight in 0, 0.05, ..., 1 with the lowest mean CRPS of the pool over the test years 2017-2020, scored on the
     * tuning countries of the shipped 116-country extract only (the rest of the weight goes to the trailing mean).
     */
    public static final List<Double> COUNTRY_POOL_WEIGHTS = List.of(0.80, 0.75, 0.65, 0.60, 0.50, 0.60);

    /**
     * The months before each cut-off whose targets fit the country pool's {@link OccurrenceStacking}: the hurdle's
     * calibration months, where its P(> 0) is out of sample.
     */
    public static final int COUNTRY_STACKING_MONTHS = PANEL_CALIBRATION_MONTHS;

    /** The ridge penalty of the country pool's occurrence stacking (every coefficient but the intercept). */
    public static final double COUNTRY_STACKING_RIDGE = 1.0;

    /**
     * The model of a unit level: at country level the pool of the hurdle and the trailing mean, its P(> 0) stacked
     * with the country's recent history; at grid level the gradient-boosted hurdle alone.
     */
    public static PanelForecaster panelModel(UnitLevel level) {
        if (level != UnitLevel.COUNTRY) {
            return panelModel();
        }
        return new PooledPanelForecaster(
                        COUNTRY_PANEL_MODEL,
                        panelModel(),
                        PanelBenchmarks.trailingMean(),
                        COUNTRY_POOL_HORIZONS.stream()
                                .mapToInt(Integer::intValue)
                                .toArray(),
                        COUNTRY_POOL_WEIGHTS.stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray())
                .withOccurrenceStacking(COUNTRY_STACKING_MONTHS, COUNTRY_STACKING_RIDGE);
    }

    /** The name of a unit level's model. */
    public static String panelModelName(UnitLevel level) {
        return level == UnitLevel.COUNTRY ? COUNTRY_PANEL_MODEL : PANEL_MODEL;
    }

    /** The first origin month whose features a model prepared at {@code cutoff} for up to 36 months may read. */
    public static int firstFeatureMonth(int cutoff) {
        return cutoff - PANEL_CALIBRATION_MONTHS - 12 * PANEL_TRAINING_YEARS - PANEL_HORIZONS;
    }

    /** The model of the level and the four benchmarks of a panel backtest. */
    public static List<PanelForecaster> panelForecasters(UnitLevel level) {
        List<PanelForecaster> all = new ArrayList<>();
        all.add(panelModel(level));
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
