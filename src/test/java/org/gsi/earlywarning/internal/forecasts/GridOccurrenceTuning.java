package org.gsi.earlywarning.internal.forecasts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gsi.earlywarning.internal.forecasts.models.AveragePrecision;
import org.gsi.earlywarning.internal.forecasts.models.BoostedTrees;
import org.gsi.earlywarning.internal.forecasts.models.Cadence;
import org.gsi.earlywarning.internal.forecasts.models.ConflictPanel;
import org.gsi.earlywarning.internal.forecasts.models.FeatureTable;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.GradientBoostedHurdle;
import org.gsi.earlywarning.internal.forecasts.models.InParallel;
import org.gsi.earlywarning.internal.forecasts.models.LeaveCountriesOut;
import org.gsi.earlywarning.internal.forecasts.models.OccurrenceStacking;
import org.gsi.earlywarning.internal.forecasts.models.PanelForecaster;
import org.gsi.earlywarning.internal.forecasts.models.PredictiveDistribution;
import org.gsi.earlywarning.internal.forecasts.models.StackingFits;
import org.gsi.earlywarning.internal.forecasts.models.WindowOccurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ways to rank the country model's P(> 0) better, scored on the tuning countries only (runs only when asked:
 * -Dtest=GridOccurrenceTuning -Dtuning=true). The average precision is the mean over the 24 standard windows (test
 * years 2017-2020, horizons 1, 3, 6, 12, 24, 36) of the tuning countries' months; every stacking is fitted, as the
 * country model's is, on all countries' targets of the 12 months before the window's cut-off.
 *
 * <p>The grid covariates: at every window the gradient-boosted hurdle is prepared on the PRIO-GRID panel of the
 * shipped extract at the window's cut-off, and its forecasts of every cell, from every origin the stacking reads,
 * are summed per country (the cell's country as the grid panel assigns it): the expected number of cells with a
 * fatality (sum of P(> 0)), -sum log(1 - p) (so that 1 - exp(-it) is the probability that any cell has one), the
 * expected fatalities and the largest cell P(> 0). The sums are kept in {@code target/grid-occurrence-sums.tsv}, so
 * that a rerun only fits the stackings (delete it after a change of the grid model).
 */
@EnabledIfSystemProperty(named = "tuning", matches = "true")
class GridOccurrenceTuning {

    private static final Path SUMS = Path.of("target/grid-occurrence-sums.tsv");
    private static final double CLIP = 1e-6;
    private static final int SUM_P = 0;
    private static final int ANY = 1;
    private static final int MEAN = 2;
    private static final int MAX = 3;
    private static final int SUMS_LENGTH = 4;

    /**
     * A ranking of P(> 0): a stacking on the covariates computed from today's covariates and the unit's further
     * values (grid sums, then any further scores), or a score computed from them and today's stacked probability.
     */
    private record Variant(String name, Covariates covariates, RawScore raw) {

        static Variant stacked(String name, Covariates covariates) {
            return new Variant(name, covariates, null);
        }

        static Variant raw(String name, RawScore raw) {
            return new Variant(name, null, raw);
        }
    }

    private interface Covariates {
        double[] of(double[] today, double[] more);
    }

    private interface RawScore {
        double of(double[] today, double[] more, double stackedToday);
    }

    /** Further scores of the window prepared at a cut-off for a horizon, appended to the grid sums. */
    private interface Extra {
        WindowOccurrence.Score[] scores(int cutoff, int horizon);
    }

    private static final Extra NO_EXTRA = (cutoff, horizon) -> new WindowOccurrence.Score[0];

    private static final Variant TODAY = Variant.stacked("stacked-today", (today, g) -> today);

    /** The grid covariates added to today's stacking, or in place of some of its covariates, or mixed with it. */
    @Test
    void printsTheTuningCountriesAveragePrecisionWithGridCovariates() throws Exception {
        ConflictPanel panel = CountryPoolTuning.countryPanel();
        List<Variant> variants = new ArrayList<>(List.of(
                TODAY,
                Variant.stacked("+any-cell", (today, g) -> append(today, logit(anyCell(g)))),
                Variant.stacked("+sum-p", (today, g) -> append(today, Math.log1p(g[SUM_P]))),
                Variant.stacked("+sum-mean", (today, g) -> append(today, Math.log1p(g[MEAN]))),
                Variant.stacked("+max-p", (today, g) -> append(today, logit(g[MAX]))),
                Variant.stacked(
                        "+any-cell+sum-mean", (today, g) -> append(today, logit(anyCell(g)), Math.log1p(g[MEAN]))),
                Variant.stacked(
                        "+all-four",
                        (today, g) -> append(
                                today, logit(anyCell(g)), Math.log1p(g[SUM_P]), Math.log1p(g[MEAN]), logit(g[MAX]))),
                Variant.stacked("hurdle+any-cell", (today, g) -> new double[] {1, today[1], logit(anyCell(g))}),
                Variant.stacked(
                        "hurdle+any-cell+s12", (today, g) -> new double[] {1, today[1], logit(anyCell(g)), today[3]}),
                Variant.stacked("hurdle+any-cell+max-p", (today, g) ->
                        new double[] {1, today[1], logit(anyCell(g)), logit(g[MAX])}),
                Variant.stacked("any-cell+s3+s12+log-m12", (today, g) ->
                        new double[] {1, logit(anyCell(g)), today[2], today[3], today[4]}),
                Variant.raw("hurdle", (today, g, stacked) -> today[1]),
                Variant.raw("any-cell", (today, g, stacked) -> anyCell(g))));
        for (double a = 0.3; a < 0.75; a += 0.1) {
            double share = Math.round(a * 10) / 10.0;
            variants.add(Variant.raw(
                    String.format("%.1f logit hurdle + %.1f logit any-cell", share, 1 - share),
                    (today, g, stacked) -> share * today[1] + (1 - share) * logit(anyCell(g))));
            variants.add(Variant.raw(
                    String.format("%.1f logit stacked + %.1f logit any-cell", share, 1 - share),
                    (today, g, stacked) -> share * logit(stacked) + (1 - share) * logit(anyCell(g))));
        }
        System.out.println(table(panel, gridSums(panel), ForecastBacktests.panelModel(), variants, NO_EXTRA));
    }

    /**
     * Settings of the hurdle's occurrence trees: the hurdle's own P(> 0), today's stacking, the stacking with the
     * grid covariate and the mix of today's stacking with it.
     */
    @Test
    void printsTheTuningCountriesAveragePrecisionOfOccurrenceTreeSettings() throws Exception {
        ConflictPanel panel = CountryPoolTuning.countryPanel();
        Map<String, double[]> sums = gridSums(panel);
        List<Variant> variants = List.of(
                TODAY,
                Variant.stacked("hurdle+any-cell", (today, g) -> new double[] {1, today[1], logit(anyCell(g))}),
                Variant.raw("hurdle", (today, g, stacked) -> today[1]),
                Variant.raw(
                        "0.5 logit stacked + 0.5 logit any-cell",
                        (today, g, stacked) -> logit(stacked) + logit(anyCell(g))));
        GradientBoostedHurdle.Settings chosen = ForecastBacktests.panelModel().settings();
        List<BoostedTrees.Settings> candidates = List.of(
                chosen.occurrence(),
                new BoostedTrees.Settings(60, 3, 0.1, 1.0, 1.0, 0.5),
                new BoostedTrees.Settings(200, 3, 0.05, 1.0, 1.0, 0.5),
                new BoostedTrees.Settings(300, 2, 0.05, 1.0, 1.0, 0.5),
                new BoostedTrees.Settings(100, 4, 0.05, 5.0, 5.0, 0.7),
                new BoostedTrees.Settings(150, 5, 0.03, 1.0, 1.0, 0.5),
                new BoostedTrees.Settings(60, 5, 0.1, 10.0, 1.0, 0.5),
                new BoostedTrees.Settings(40, 6, 0.1, 1.0, 1.0, 0.8),
                new BoostedTrees.Settings(30, 5, 0.1, 1.0, 1.0, 0.5));
        StringBuilder out = new StringBuilder("occurrence trees");
        variants.forEach(v -> out.append(" | ").append(v.name()));
        out.append('\n');
        for (BoostedTrees.Settings trees : candidates) {
            GradientBoostedHurdle model = new GradientBoostedHurdle(new GradientBoostedHurdle.Settings(
                    chosen.trainingYears(),
                    chosen.calibrationMonths(),
                    chosen.coldSampleRate(),
                    trees,
                    chosen.size(),
                    chosen.samples(),
                    chosen.seed()));
            String table = table(panel, sums, model, variants, NO_EXTRA);
            out.append(trees).append(table.substring(table.lastIndexOf("all mean -") + "all mean -".length()));
        }
        System.out.println(out);
    }

    /**
     * Occurrence trees trained on any fatality in the h months after the origin against the same trees trained on the
     * month h months after it (the hurdle's target and the one scored), alone and in the stacking.
     */
    @Test
    void printsTheTuningCountriesAveragePrecisionOfAWindowTarget() throws Exception {
        ConflictPanel panel = CountryPoolTuning.countryPanel();
        FeatureTable features = CountryPoolTuning.features(panel);
        GradientBoostedHurdle.Settings settings = ForecastBacktests.panelModel().settings();
        int exact = SUMS_LENGTH;
        int window = SUMS_LENGTH + 1;
        List<Variant> variants = List.of(
                TODAY,
                Variant.raw("exact-month trees", (today, g, stacked) -> g[exact]),
                Variant.raw("any-in-h-months trees", (today, g, stacked) -> g[window]),
                Variant.stacked("stacked on exact-month trees", (today, g) ->
                        new double[] {1, g[exact], today[2], today[3], today[4]}),
                Variant.stacked("stacked on any-in-h-months trees", (today, g) ->
                        new double[] {1, g[window], today[2], today[3], today[4]}),
                Variant.stacked("today + any-in-h-months trees", (today, g) -> append(today, g[window])),
                Variant.stacked("hurdle+any-cell+any-in-h-months trees", (today, g) ->
                        new double[] {1, today[1], logit(anyCell(g)), g[window]}));
        Extra extra = (cutoff, h) -> new WindowOccurrence.Score[] {
            WindowOccurrence.fit(features, panel, cutoff, h, false, settings),
            WindowOccurrence.fit(features, panel, cutoff, h, true, settings)
        };
        System.out.println(table(panel, gridSums(panel), ForecastBacktests.panelModel(), variants, extra));
    }

    /** The average precision per window of every variant, the mean per horizon and, last, over all windows. */
    private static String table(
            ConflictPanel panel, Map<String, double[]> sums, PanelForecaster model, List<Variant> variants, Extra extra)
            throws Exception {
        FeatureTable features = CountryPoolTuning.features(panel);
        List<Integer> years = ForecastBacktests.PANEL_TEST_YEARS;
        List<Integer> horizons = ForecastBacktests.PANEL_BACKTEST_HORIZONS;
        StringBuilder out = new StringBuilder("horizon year n");
        variants.forEach(v -> out.append(" | ").append(v.name()));
        out.append('\n');
        double[] grand = new double[variants.size()];
        for (int h : horizons) {
            double[] byHorizon = new double[variants.size()];
            for (int year : years) {
                int first = Cadence.MONTHLY.firstPeriodOf(year);
                int last = Math.min(Cadence.MONTHLY.lastPeriodOf(year), panel.lastPeriod());
                int cutoff = first - h;
                PanelForecaster.Prepared hurdle = model.prepare(features, panel, cutoff, h);
                String key = h + "|" + year + "|";
                WindowOccurrence.Score[] scores = extra.scores(cutoff, h);
                List<double[]> fitToday = new ArrayList<>();
                List<double[]> fitMore = new ArrayList<>();
                List<Double> fitY = new ArrayList<>();
                for (int target = cutoff - ForecastBacktests.PANEL_CALIBRATION_MONTHS + 1; target <= cutoff; target++) {
                    int origin = target - h;
                    for (int u = 0; u < panel.units().size(); u++) {
                        if (panel.isObserved(u, target)) {
                            fitToday.add(OccurrenceStacking.covariates(
                                    hurdle.forecast(u, origin).probabilityAbove(0), panel, u, origin));
                            fitMore.add(more(sums, key, panel.units().get(u), scores, u, origin));
                            fitY.add(panel.value(u, target) > 0 ? 1.0 : 0.0);
                        }
                    }
                }
                double[] y = fitY.stream().mapToDouble(Double::doubleValue).toArray();
                List<double[]> coefficients = new ArrayList<>();
                for (Variant v : variants) {
                    double[][] x = new double[y.length][];
                    for (int i = 0; v.covariates() != null && i < y.length; i++) {
                        x[i] = v.covariates().of(fitToday.get(i), fitMore.get(i));
                    }
                    coefficients.add(
                            v.covariates() == null
                                    ? null
                                    : StackingFits.logistic(x, y, ForecastBacktests.COUNTRY_STACKING_RIDGE));
                }
                List<double[]> rows = new ArrayList<>();
                List<Boolean> labels = new ArrayList<>();
                for (int target = first; target <= last; target++) {
                    int origin = target - h;
                    for (int u = 0; u < panel.units().size(); u++) {
                        if (!LeaveCountriesOut.isTuning(panel.countryOf(u)) || !panel.isObserved(u, target)) {
                            continue;
                        }
                        double[] today = OccurrenceStacking.covariates(
                                hurdle.forecast(u, origin).probabilityAbove(0), panel, u, origin);
                        double[] more = more(sums, key, panel.units().get(u), scores, u, origin);
                        double stackedToday = OccurrenceStacking.probability(
                                coefficients.get(variants.indexOf(TODAY)),
                                TODAY.covariates().of(today, more));
                        double[] row = new double[variants.size()];
                        for (int k = 0; k < variants.size(); k++) {
                            Variant v = variants.get(k);
                            row[k] = v.covariates() != null
                                    ? OccurrenceStacking.probability(
                                            coefficients.get(k), v.covariates().of(today, more))
                                    : v.raw().of(today, more, stackedToday);
                        }
                        rows.add(row);
                        labels.add(panel.value(u, target) > 0);
                    }
                }
                boolean[] positive = new boolean[labels.size()];
                for (int i = 0; i < positive.length; i++) {
                    positive[i] = labels.get(i);
                }
                out.append(h).append(' ').append(year).append(' ').append(positive.length);
                for (int k = 0; k < variants.size(); k++) {
                    int column = k;
                    double ap = AveragePrecision.of(
                                    rows.stream().mapToDouble(r -> r[column]).toArray(), positive)
                            .orElse(Double.NaN);
                    out.append(String.format(" %.4f", ap));
                    byHorizon[k] += ap / years.size();
                    grand[k] += ap / years.size() / horizons.size();
                }
                out.append('\n');
            }
            out.append(h).append(" mean -");
            for (double v : byHorizon) {
                out.append(String.format(" %.4f", v));
            }
            out.append('\n');
        }
        out.append("all mean -");
        for (double v : grand) {
            out.append(String.format(" %.4f", v));
        }
        return out.append('\n').toString();
    }

    /** The grid sums of a country at an origin in a window, then the further scores of the unit there. */
    private static double[] more(
            Map<String, double[]> sums, String window, String iso, WindowOccurrence.Score[] scores, int u, int origin) {
        double[] g = sums.getOrDefault(window + iso + "|" + origin, new double[SUMS_LENGTH]);
        double[] out = Arrays.copyOf(g, SUMS_LENGTH + scores.length);
        for (int i = 0; i < scores.length; i++) {
            out[SUMS_LENGTH + i] = scores[i].at(u, origin);
        }
        return out;
    }

    private static double anyCell(double[] g) {
        return 1 - Math.exp(-g[ANY]);
    }

    private static double logit(double p) {
        double q = Math.min(1 - CLIP, Math.max(CLIP, p));
        return Math.log(q / (1 - q));
    }

    private static double[] append(double[] base, double... more) {
        double[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    /**
     * The sums per window ("horizon|year|"), country and origin month of the grid model's forecasts of the country's
     * cells, from the first origin of the window's stacking (h + 11 months before its cut-off) to h months before the
     * test year's last month.
     */
    private static Map<String, double[]> gridSums(ConflictPanel countries) throws Exception {
        if (!Files.exists(SUMS)) {
            ConflictPanel grid = CountryPoolTuning.gridPanel();
            FeatureTable features = CountryPoolTuning.features(grid);
            PanelForecaster model = ForecastBacktests.panelModel();
            List<int[]> windows = new ArrayList<>();
            for (int h : ForecastBacktests.PANEL_BACKTEST_HORIZONS) {
                for (int year : ForecastBacktests.PANEL_TEST_YEARS) {
                    windows.add(new int[] {h, year});
                }
            }
            long start = System.nanoTime();
            List<String> lines = InParallel.map(windows, w -> {
                int h = w[0];
                int first = Cadence.MONTHLY.firstPeriodOf(w[1]);
                int last = Math.min(Cadence.MONTHLY.lastPeriodOf(w[1]), countries.lastPeriod());
                int cutoff = first - h;
                PanelForecaster.Prepared prepared = model.prepare(features, grid, cutoff, h);
                StringBuilder text = new StringBuilder();
                for (int origin = cutoff - ForecastBacktests.PANEL_CALIBRATION_MONTHS + 1 - h;
                        origin <= last - h;
                        origin++) {
                    Map<String, double[]> byCountry = new HashMap<>();
                    for (int u = 0; u < grid.units().size(); u++) {
                        PredictiveDistribution d = prepared.forecast(u, origin);
                        double p = d.probabilityAbove(0);
                        double[] s = byCountry.computeIfAbsent(grid.countryOf(u), k -> new double[SUMS_LENGTH]);
                        s[SUM_P] += p;
                        s[ANY] -= Math.log1p(-Math.min(p, 1 - 1e-12));
                        s[MEAN] += d.mean();
                        s[MAX] = Math.max(s[MAX], p);
                    }
                    for (Map.Entry<String, double[]> e : byCountry.entrySet()) {
                        double[] s = e.getValue();
                        text.append(String.format(
                                "%d|%d|%s|%d\t%.9g\t%.9g\t%.9g\t%.9g%n",
                                h, w[1], e.getKey(), origin, s[0], s[1], s[2], s[3]));
                    }
                }
                return text.toString();
            });
            System.out.printf("grid sums of %d windows: %.1f s%n", windows.size(), (System.nanoTime() - start) / 1e9);
            Files.writeString(SUMS, String.join("", lines));
        }
        Map<String, double[]> out = new HashMap<>();
        for (String line : Files.readAllLines(SUMS)) {
            String[] f = line.split("\t");
            out.put(
                    f[0],
                    Arrays.stream(f, 1, f.length)
                            .mapToDouble(Double::parseDouble)
                            .toArray());
        }
        return out;
    }
}
