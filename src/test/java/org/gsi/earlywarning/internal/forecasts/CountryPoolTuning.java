package org.gsi.earlywarning.internal.forecasts;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.internal.forecasts.models.AveragePrecision;
import org.gsi.earlywarning.internal.forecasts.models.BacktestReport;
import org.gsi.earlywarning.internal.forecasts.models.BacktestRequest;
import org.gsi.earlywarning.internal.forecasts.models.Cadence;
import org.gsi.earlywarning.internal.forecasts.models.ConflictNeighbourhood;
import org.gsi.earlywarning.internal.forecasts.models.ConflictPanel;
import org.gsi.earlywarning.internal.forecasts.models.FeatureTable;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.GoalAssessment;
import org.gsi.earlywarning.internal.forecasts.models.LeaveCountriesOut;
import org.gsi.earlywarning.internal.forecasts.models.OccurrenceStacking;
import org.gsi.earlywarning.internal.forecasts.models.PanelBacktest;
import org.gsi.earlywarning.internal.forecasts.models.PanelBenchmarks;
import org.gsi.earlywarning.internal.forecasts.models.PanelForecaster;
import org.gsi.earlywarning.internal.forecasts.models.PooledPanelForecaster;
import org.gsi.earlywarning.internal.forecasts.models.PredictiveDistribution;
import org.gsi.earlywarning.internal.forecasts.models.WindowResult;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Chooses the weight of the country model in its pool with the trailing-12-month mean, per horizon, on the tuning
 * countries only (runs only when asked: -Dtest=CountryPoolTuning -Dtuning=true). It reads the shipped
 * 116-country UCDP extract into a country panel as the store would (month of date_start, state-based and other
 * fatalities by the best estimate), backtests the gradient-boosted model and the trailing mean with the standard test
 * years and horizons, scores only tuning countries and prints the mean CRPS of each weight. Held-out countries are
 * never read into a score.
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class CountryPoolTuning {

    private static final double[] WEIGHTS = java.util.stream.IntStream.rangeClosed(0, 20)
            .mapToDouble(i -> i / 20.0)
            .toArray();

    @Test
    void printsTheTuningCountriesCrpsOfEveryWeightPerHorizon() throws Exception {
        Tuning tuning = Tuning.load();
        List<Integer> years = ForecastBacktests.PANEL_TEST_YEARS;
        StringBuilder out = new StringBuilder("horizon year n");
        for (double w : WEIGHTS) {
            out.append(String.format(" w%.2f", w));
        }
        out.append('\n');
        for (int h : ForecastBacktests.PANEL_BACKTEST_HORIZONS) {
            double[] total = new double[WEIGHTS.length];
            int totalN = 0;
            for (int year : years) {
                Window window = tuning.window(h, year);
                double[] sum = new double[WEIGHTS.length];
                int[] n = {0};
                window.eachTuningUnitMonth((u, target) -> {
                    double[] parts = crpsParts(
                            window.model().forecast(u, target - h),
                            window.trailing().forecast(u, target - h),
                            tuning.panel().value(u, target));
                    for (int i = 0; i < WEIGHTS.length; i++) {
                        double w = WEIGHTS[i];
                        sum[i] += w * w * parts[0] + 2 * w * (1 - w) * parts[1] + (1 - w) * (1 - w) * parts[2];
                    }
                    n[0]++;
                });
                out.append(h).append(' ').append(year).append(' ').append(n[0]);
                for (int i = 0; i < WEIGHTS.length; i++) {
                    out.append(String.format(" %.3f", sum[i] / n[0]));
                    total[i] += sum[i] / n[0];
                }
                out.append('\n');
                totalN += n[0];
            }
            int best = 0;
            for (int i = 1; i < WEIGHTS.length; i++) {
                best = total[i] < total[best] ? i : best;
            }
            out.append(h).append(" mean ").append(totalN);
            for (double v : total) {
                out.append(String.format(" %.3f", v / years.size()));
            }
            out.append(String.format("  best weight of the model %.2f%n", WEIGHTS[best]));
        }
        System.out.println(out);
    }

    /**
     * The tuning countries' average precision of P(> 0) (mean over the windows of the test years and horizons) of the
     * hurdle, the trailing mean, the CRPS pool, a pool of the two P(> 0) with every weight v, and the logistic stacking
     * ({@link OccurrenceStacking}) of the hurdle's P(> 0) with the unit's recent history, with its Brier score.
     */
    @Test
    void printsTheTuningCountriesAveragePrecisionOfEveryOccurrenceModel() throws Exception {
        Tuning tuning = Tuning.load();
        ConflictPanel panel = tuning.panel();
        List<Integer> years = ForecastBacktests.PANEL_TEST_YEARS;
        List<Integer> horizons = ForecastBacktests.PANEL_BACKTEST_HORIZONS;
        PooledPanelForecaster pool = (PooledPanelForecaster) ForecastBacktests.panelModel(UnitLevel.COUNTRY);
        StringBuilder out = new StringBuilder(
                "horizon year n hurdle trailing pool stacked | brier pool stacked | AP of P(>0) pool v=0..1\n");
        double[] grand = new double[4 + WEIGHTS.length];
        double[] grandBrier = new double[2];
        for (int h : horizons) {
            double[] sum = new double[4 + WEIGHTS.length];
            double[] brier = new double[2];
            for (int year : years) {
                Window window = tuning.window(h, year);
                double[] beta = OccurrenceStacking.fit(
                        window.model(),
                        panel,
                        window.first() - h,
                        h,
                        ForecastBacktests.PANEL_CALIBRATION_MONTHS,
                        tuning.features().from(),
                        1.0,
                        10);
                double w = pool.weight(h);
                List<double[]> rows = new ArrayList<>();
                List<Boolean> labels = new ArrayList<>();
                window.eachTuningUnitMonth((u, target) -> {
                    double ph = window.model().forecast(u, target - h).probabilityAbove(0);
                    double pt = window.trailing().forecast(u, target - h).probabilityAbove(0);
                    double ps = OccurrenceStacking.probability(
                            beta, OccurrenceStacking.covariates(ph, panel, u, target - h));
                    rows.add(new double[] {ph, pt, w * ph + (1 - w) * pt, ps});
                    labels.add(panel.value(u, target) > 0);
                });
                boolean[] positive = new boolean[labels.size()];
                for (int i = 0; i < positive.length; i++) {
                    positive[i] = labels.get(i);
                }
                double[] ap = new double[4 + WEIGHTS.length];
                for (int k = 0; k < 4; k++) {
                    int col = k;
                    ap[k] = ap(rows.stream().mapToDouble(r -> r[col]).toArray(), positive);
                }
                for (int i = 0; i < WEIGHTS.length; i++) {
                    double v = WEIGHTS[i];
                    ap[4 + i] = ap(
                            rows.stream()
                                    .mapToDouble(r -> v * r[0] + (1 - v) * r[1])
                                    .toArray(),
                            positive);
                }
                double[] b = new double[2];
                for (int i = 0; i < positive.length; i++) {
                    double e = positive[i] ? 1 : 0;
                    b[0] += Math.pow(rows.get(i)[2] - e, 2) / positive.length;
                    b[1] += Math.pow(rows.get(i)[3] - e, 2) / positive.length;
                }
                out.append(h).append(' ').append(year).append(' ').append(positive.length);
                appendRow(out, ap, b);
                for (int i = 0; i < ap.length; i++) {
                    sum[i] += ap[i] / years.size();
                    grand[i] += ap[i] / years.size() / horizons.size();
                }
                for (int i = 0; i < 2; i++) {
                    brier[i] += b[i] / years.size();
                    grandBrier[i] += b[i] / years.size() / horizons.size();
                }
            }
            out.append(h).append(" mean -");
            appendRow(out, sum, brier);
        }
        out.append("all mean -");
        appendRow(out, grand, grandBrier);
        System.out.println(out);
    }

    /** The country panel, its features and the two forecasters pooled, as every tuning walk reads them. */
    private record Tuning(ConflictPanel panel, FeatureTable features, PanelForecaster model, PanelForecaster trailing) {

        static Tuning load() throws Exception {
            ConflictPanel panel = countryPanel();
            return new Tuning(
                    panel,
                    CountryPoolTuning.features(panel),
                    ForecastBacktests.panelModel(),
                    PanelBenchmarks.trailingMean());
        }

        /** The test window of {@code year} at {@code horizon}: both forecasters prepared at its cut-off. */
        Window window(int horizon, int year) {
            int first = Cadence.MONTHLY.firstPeriodOf(year);
            int last = Math.min(Cadence.MONTHLY.lastPeriodOf(year), panel.lastPeriod());
            return new Window(
                    panel,
                    first,
                    last,
                    model.prepare(features, panel, first - horizon, horizon),
                    trailing.prepare(features, panel, first - horizon, horizon));
        }
    }

    private record Window(
            ConflictPanel panel,
            int first,
            int last,
            PanelForecaster.Prepared model,
            PanelForecaster.Prepared trailing) {

        /** Every observed month of a tuning country in the window, target month by target month. */
        void eachTuningUnitMonth(UnitMonth action) {
            for (int target = first; target <= last; target++) {
                for (int u = 0; u < panel.units().size(); u++) {
                    if (LeaveCountriesOut.isTuning(panel.countryOf(u)) && panel.isObserved(u, target)) {
                        action.accept(u, target);
                    }
                }
            }
        }
    }

    private interface UnitMonth {
        void accept(int unit, int target);
    }

    private static void appendRow(StringBuilder out, double[] ap, double[] brier) {
        for (int i = 0; i < 4; i++) {
            out.append(String.format(" %.4f", ap[i]));
        }
        out.append(String.format(" | %.4f %.4f |", brier[0], brier[1]));
        for (int i = 4; i < ap.length; i++) {
            out.append(String.format(" %.3f", ap[i]));
        }
        out.append('\n');
    }

    private static double ap(double[] scores, boolean[] positive) {
        return AveragePrecision.of(scores, positive).orElse(Double.NaN);
    }

    /**
     * After the weights were fixed: the standard country backtest (the pool, the gradient-boosted hurdle alone and the
     * four benchmarks) scored on the held-out countries, per test year and on average, with the goal assessment.
     */
    @Test
    void printsTheHeldOutFiguresOfTheChosenPool() throws Exception {
        System.out.println(standardFigures(LeaveCountriesOut.Split.HELD_OUT, List.of()));
    }

    /**
     * The same figures scored on the tuning countries, with the pool without occurrence stacking as a further
     * candidate: the check, before the held-out figures, that the stacking does not cost CRPS or coverage.
     */
    @Test
    void printsTheTuningFiguresOfThePoolWithAndWithoutStacking() throws Exception {
        System.out.println(standardFigures(LeaveCountriesOut.Split.TUNING, List.of(unstackedPool())));
    }

    /** The country pool with the chosen weights and without occurrence stacking, under its own name. */
    private static PanelForecaster unstackedPool() {
        return new PooledPanelForecaster(
                "pool-without-stacking",
                ForecastBacktests.panelModel(),
                PanelBenchmarks.trailingMean(),
                ForecastBacktests.COUNTRY_POOL_HORIZONS.stream()
                        .mapToInt(Integer::intValue)
                        .toArray(),
                ForecastBacktests.COUNTRY_POOL_WEIGHTS.stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray());
    }

    private static String standardFigures(LeaveCountriesOut.Split split, List<PanelForecaster> more) throws Exception {
        ConflictPanel panel = countryPanel();
        List<Integer> years = ForecastBacktests.PANEL_TEST_YEARS;
        FeatureTable features = features(panel);
        List<PanelForecaster> forecasters = new ArrayList<>(ForecastBacktests.panelForecasters(UnitLevel.COUNTRY));
        forecasters.add(1, ForecastBacktests.panelModel());
        forecasters.addAll(1, more);
        BacktestReport report = new PanelBacktest(forecasters)
                .run(
                        panel,
                        features,
                        new BacktestRequest(
                                "shipped extract", "COUNTRY", years, ForecastBacktests.PANEL_BACKTEST_HORIZONS),
                        split::includes);
        StringBuilder out = new StringBuilder("year forecaster CRPS Brier AP cov90 pit90 (mean over horizons)\n");
        for (int year : years) {
            for (String f : report.forecasters()) {
                List<WindowResult> ws = report.windowsOf(f).stream()
                        .filter(w -> w.testYear() == year)
                        .toList();
                out.append(String.format(
                        "%d %s %.4f %.4f %.4f %.3f %.3f%n",
                        year,
                        f,
                        mean(ws, w -> w.scores().crps()),
                        mean(ws, w -> w.scores().brier()),
                        ws.stream()
                                .map(w -> w.scores().averagePrecision())
                                .filter(java.util.OptionalDouble::isPresent)
                                .mapToDouble(java.util.OptionalDouble::getAsDouble)
                                .average()
                                .orElse(Double.NaN),
                        mean(ws, w -> w.scores().coverage90()),
                        mean(ws, w -> w.scores().pitCoverage90())));
            }
        }
        for (String f : report.forecasters()) {
            out.append(String.format(
                    "all %s %.4f %.4f %.4f %.3f %.3f%n",
                    f,
                    report.averageCrps(f),
                    report.averageBrier(f),
                    report.averagePrecision(f).orElse(Double.NaN),
                    report.averageCoverage(f),
                    report.averagePitCoverage(f)));
        }
        List<String> benchmarks = List.of(
                PanelBenchmarks.ZERO,
                PanelBenchmarks.BOOTSTRAP,
                PanelBenchmarks.POISSON_LAST,
                PanelBenchmarks.TRAILING_MEAN);
        for (String model : List.of(ForecastBacktests.COUNTRY_PANEL_MODEL, ForecastBacktests.PANEL_MODEL)) {
            GoalAssessment g = GoalAssessment.of(report, model, benchmarks, PanelBenchmarks.HISTORY);
            out.append(String.format(
                    "%s: CRPS vs best benchmark %+.1f %% (%s), per year %s; AP margin %+.3f vs %s; coverage [q05, q95]"
                            + " %.1f %% (goal met %s), randomized PIT %.1f %% (goal met %s)%n",
                    model,
                    100 * g.crpsImprovementOverBestBenchmark(),
                    g.bestCrpsBenchmark(),
                    g.crpsImprovementByYear(),
                    g.averagePrecisionMargin(),
                    g.bestHistoryBenchmark(),
                    100 * g.coverage90(),
                    g.coverageGoal(),
                    100 * g.pitCoverage90(),
                    g.pitCoverageGoal()));
        }
        return out.toString();
    }

    /**
     * The three sums over k of (F1(k) - 1{y <= k})^2, (F1 - 1)(F2 - 1) and (F2 - 1)^2, from which the CRPS of the
     * mixture w F1 + (1 - w) F2 is w^2 a + 2 w (1 - w) b + (1 - w)^2 c.
     */
    static double[] crpsParts(PredictiveDistribution first, PredictiveDistribution second, double y) {
        double a = 0;
        double b = 0;
        double c = 0;
        for (int k = 0; k < PredictiveDistribution.MAX_COUNT; k++) {
            double step = y <= k ? 1.0 : 0.0;
            double f1 = first.cdf(k) - step;
            double f2 = second.cdf(k) - step;
            a += f1 * f1;
            b += f1 * f2;
            c += f2 * f2;
            if (k >= y && -f1 < PredictiveDistribution.TAIL && -f2 < PredictiveDistribution.TAIL) {
                break;
            }
        }
        return new double[] {a, b, c};
    }

    /** The features of the panel from the first month the earliest standard window may read. */
    static FeatureTable features(ConflictPanel panel) {
        int firstCutoff = Cadence.MONTHLY.firstPeriodOf(ForecastBacktests.PANEL_TEST_YEARS.get(0)) - 36;
        return FeatureTable.of(
                panel,
                Math.max(panel.firstPeriod(), ForecastBacktests.firstFeatureMonth(firstCutoff)),
                panel.lastPeriod());
    }

    /** The country panel of the shipped extract, as the store's rollups give it. */
    static ConflictPanel countryPanel() throws Exception {
        Extract extract = Extract.read();
        return ConflictPanel.countries(extract.countries(), extract.first(), extract.until(), neighbourhood());
    }

    /** The PRIO-GRID panel of the shipped extract, as the store's rollups give it. */
    static ConflictPanel gridPanel() throws Exception {
        Extract extract = Extract.read();
        return ConflictPanel.grid(
                extract.cells(), extract.countries(), extract.first(), extract.until(), neighbourhood());
    }

    private static ConflictNeighbourhood neighbourhood() throws Exception {
        CountryCodes codes = CountryCodes.load();
        return new ConflictNeighbourhood(BacktestJobs.acdPanel(), codes::fromGleditschWard);
    }

    /** The extract's fatalities per country month and per cell month, every country observed to the last month. */
    private record Extract(
            List<ConflictPanel.UnitMonth> countries,
            List<ConflictPanel.UnitMonth> cells,
            int first,
            Map<String, Integer> until) {

        static Extract read() throws Exception {
            CountryCodes codes = CountryCodes.load();
            Map<String, double[]> byCountry = new HashMap<>();
            Map<String, double[]> byCell = new HashMap<>();
            int lastPeriod = Integer.MIN_VALUE;
            int firstPeriod = Integer.MAX_VALUE;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Objects.requireNonNull(CountryPoolTuning.class.getResourceAsStream(
                            "/earlywarning/demo/ged211_precise_116_countries.csv.gz"))),
                    StandardCharsets.UTF_8))) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
                    String iso = codes.fromGleditschWard(Integer.parseInt(r.get("country_id")))
                            .orElse(null);
                    if (iso == null) {
                        continue;
                    }
                    int period = Cadence.monthPeriod(YearMonth.from(LocalDate.parse(r.get("date_start"))));
                    double best = Double.parseDouble(r.get("best"));
                    int kind = r.get("type_of_violence").equals("1") ? 0 : 1;
                    byCountry.computeIfAbsent(iso + "|" + iso + "|" + period, k -> new double[2])[kind] += best;
                    byCell.computeIfAbsent(r.get("priogrid_gid") + "|" + iso + "|" + period, k -> new double[2])[
                            kind] += best;
                    lastPeriod = Math.max(lastPeriod, period);
                    firstPeriod = Math.min(firstPeriod, period);
                }
            }
            Map<String, Integer> until = new HashMap<>();
            for (String key : byCountry.keySet()) {
                until.put(key.split("\\|")[0], lastPeriod);
            }
            return new Extract(rows(byCountry), rows(byCell), firstPeriod, until);
        }

        private static List<ConflictPanel.UnitMonth> rows(Map<String, double[]> byUnitMonth) {
            List<ConflictPanel.UnitMonth> rows = new ArrayList<>();
            for (Map.Entry<String, double[]> e : byUnitMonth.entrySet()) {
                String[] key = e.getKey().split("\\|");
                rows.add(new ConflictPanel.UnitMonth(
                        key[0], key[1], Integer.parseInt(key[2]), e.getValue()[0], e.getValue()[1]));
            }
            rows.sort(java.util.Comparator.comparing(ConflictPanel.UnitMonth::unit)
                    .thenComparing(ConflictPanel.UnitMonth::country)
                    .thenComparing(ConflictPanel.UnitMonth::period));
            return rows;
        }
    }

    private static double mean(List<WindowResult> windows, java.util.function.ToDoubleFunction<WindowResult> score) {
        return windows.stream().mapToDouble(score).average().orElse(Double.NaN);
    }
}
