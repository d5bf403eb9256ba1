package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hurdle model of monthly state-based fatalities, one per horizon h (direct): gradient-boosted trees on the
 * {@link FeatureTable} give the log-odds of a fatality h months after the origin, and a second set of trees, fitted on
 * the months with fatalities, the expected log(1 + fatalities). Both are trained on the targets of the {@code
 * trainingYears} years that end {@code calibrationMonths} before the cut-off; the months in between are held out to
 * calibrate: the probability by logistic (Platt) recalibration of the trees' log-odds, the size by the held-out
 * residuals of log(1 + fatalities), whose {@code samples} quantiles, added to a unit's expected log size, give its
 * size samples. Months far from any violence (no fatality in the unit for ten years, none of the other kinds in a
 * year, none in the two rings in a year, the nearest fatality more than five cells away) enter the training at a
 * rate of {@code coldSampleRate}, weighted by its inverse, unless they had a fatality.
 */
public final class GradientBoostedHurdle implements PanelForecaster {

    public static final String NAME = "gbt-hurdle";
    static final int MIN_HELD_OUT_POSITIVES = 30;
    static final int MIN_HELD_OUT_CLASS = 10;

    /** Everything the model's fit depends on. */
    public record Settings(
            int trainingYears,
            int calibrationMonths,
            double coldSampleRate,
            BoostedTrees.Settings occurrence,
            BoostedTrees.Settings size,
            int samples,
            long seed) {}

    private static final int MEAN120 = FeatureTable.NAMES.indexOf("mean120");
    private static final int OTHER = FeatureTable.NAMES.indexOf("otherMean12");
    private static final int RING1 = FeatureTable.NAMES.indexOf("ring1Mean12");
    private static final int RING2 = FeatureTable.NAMES.indexOf("ring2Mean12");
    private static final int DISTANCE = FeatureTable.NAMES.indexOf("distance");

    private final Settings settings;

    public GradientBoostedHurdle(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean needsFeatures() {
        return true;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Prepared prepare(FeatureTable features, ConflictPanel panel, int trainedUntil, int horizon) {
        int heldOutFrom = trainedUntil - settings.calibrationMonths() + 1;
        int trainFrom = heldOutFrom - 12 * settings.trainingYears();
        long seed = settings.seed() * 1_000_003L + horizon;
        Rows train = Rows.of(features, panel, trainFrom, heldOutFrom - 1, horizon, settings.coldSampleRate(), seed);
        Rows heldOut =
                Rows.of(features, panel, heldOutFrom, trainedUntil, horizon, settings.coldSampleRate(), seed + 1);
        if (train.positives() < 2) {
            PredictiveDistribution none = new Poisson(0.0);
            return (unit, origin) -> none;
        }
        BoostedTrees occurrence = BoostedTrees.fit(
                train.x, train.occurred(), train.w, BoostedTrees.Loss.LOGISTIC, settings.occurrence(), seed);
        Rows trainPositive = train.positives(true);
        BoostedTrees size = BoostedTrees.fit(
                trainPositive.x,
                trainPositive.logSize(),
                trainPositive.unitWeights(),
                BoostedTrees.Loss.SQUARED,
                settings.size(),
                seed + 2);
        double[] platt = platt(occurrence, heldOut);
        Rows residualRows = heldOut.positives() >= MIN_HELD_OUT_POSITIVES ? heldOut.positives(true) : trainPositive;
        double[] residuals = quantiles(residuals(size, residualRows), settings.samples());
        Map<Integer, EmpiricalDistribution> bySize = new HashMap<>();
        return (unit, origin) -> {
            int row = features.row(unit, origin);
            byte[][] columns = features.columns();
            double score = occurrence.score(f -> columns[f][row] & 0xFF);
            double p = sigmoid(platt[0] * score + platt[1]);
            int mu = (int) Math.round(100 * Math.max(0, size.score(f -> columns[f][row] & 0xFF)));
            return new HurdleSamples(p, bySize.computeIfAbsent(mu, m -> sizes(m / 100.0, residuals)));
        };
    }

    private static EmpiricalDistribution sizes(double logMean, double[] residuals) {
        double[] out = new double[residuals.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(1, Math.min(1e7, Math.round(Math.expm1(logMean + residuals[i]))));
        }
        return new EmpiricalDistribution(out);
    }

    private static double[] residuals(BoostedTrees size, Rows rows) {
        double[] r = new double[rows.y.length];
        for (int i = 0; i < r.length; i++) {
            int row = i;
            r[i] = Math.log1p(rows.y[i]) - Math.max(0, size.score(f -> rows.x[f][row] & 0xFF));
        }
        return r;
    }

    /** {@code n} quantiles at levels (j + 1/2) / n of the values, interpolated linearly. */
    static double[] quantiles(double[] values, int n) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double position = (j + 0.5) / n * sorted.length - 0.5;
            int lo = (int) Math.floor(Math.max(0, position));
            int hi = Math.min(sorted.length - 1, lo + 1);
            double share = Math.min(1, Math.max(0, position - lo));
            out[j] = sorted[lo] + share * (sorted[hi] - sorted[lo]);
        }
        return out;
    }

    /**
     * Logistic recalibration a * score + b fitted by Newton's method on the held-out rows, with Platt's smoothed
     * targets ((positives + 1) / (positives + 2) for a fatality, 1 / (negatives + 2) for none); the identity when
     * the held-out rows have fewer than {@value #MIN_HELD_OUT_CLASS} months with and without fatalities.
     */
    private static double[] platt(BoostedTrees occurrence, Rows rows) {
        int n = rows.y.length;
        int positives = rows.positives();
        if (positives < MIN_HELD_OUT_CLASS || n - positives < MIN_HELD_OUT_CLASS) {
            return new double[] {1, 0};
        }
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (n - positives + 2.0);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int row = i;
            s[i] = occurrence.score(f -> rows.x[f][row] & 0xFF);
        }
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(a * s[i] + b);
                double e = rows.w[i] * (p - (rows.y[i] > 0 ? high : low));
                double v = rows.w[i] * Math.max(p * (1 - p), 1e-9);
                ga += e * s[i];
                gb += e;
                haa += v * s[i] * s[i];
                hab += v * s[i];
                hbb += v;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-8) {
                break;
            }
        }
        return new double[] {a, b};
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Training or held-out rows: the features at the origin, the target h months later and a weight. */
    static final class Rows {

        final byte[][] x;
        final float[] y;
        final float[] w;

        private Rows(byte[][] x, float[] y, float[] w) {
            this.x = x;
            this.y = y;
            this.w = w;
        }

        /** Rows whose target month lies in [from, to], whose origin has features and whose unit is observed then. */
        static Rows of(
                FeatureTable features, ConflictPanel panel, int from, int to, int horizon, double coldRate, long seed) {
            int first = Math.max(from, features.from() + horizon);
            int last = Math.min(to, features.to() + horizon);
            int units = panel.units().size();
            byte[][] columns = features.columns();
            SplittableRandom random = new SplittableRandom(seed);
            int capacity = Math.max(0, (last - first + 1) * units);
            int[] chosen = new int[capacity];
            float[] y = new float[capacity];
            float[] w = new float[capacity];
            int n = 0;
            for (int target = first; target <= last; target++) {
                for (int u = 0; u < units; u++) {
                    if (!panel.isObserved(u, target)) {
                        continue;
                    }
                    int row = features.row(u, target - horizon);
                    double value = panel.value(u, target);
                    boolean cold =
                            (columns[MEAN120][row] | columns[OTHER][row] | columns[RING1][row] | columns[RING2][row])
                                            == 0
                                    && (columns[DISTANCE][row] & 0xFF) > 5;
                    double weight = 1.0;
                    if (cold && value <= 0) {
                        if (random.nextDouble() >= coldRate) {
                            continue;
                        }
                        weight = 1.0 / coldRate;
                    }
                    chosen[n] = row;
                    y[n] = (float) value;
                    w[n] = (float) weight;
                    n++;
                }
            }
            byte[][] x = new byte[columns.length][n];
            for (int f = 0; f < columns.length; f++) {
                for (int i = 0; i < n; i++) {
                    x[f][i] = columns[f][chosen[i]];
                }
            }
            return new Rows(x, Arrays.copyOf(y, n), Arrays.copyOf(w, n));
        }

        int positives() {
            int p = 0;
            for (float v : y) {
                p += v > 0 ? 1 : 0;
            }
            return p;
        }

        Rows positives(boolean onlyPositive) {
            int n = positives();
            byte[][] px = new byte[x.length][n];
            float[] py = new float[n];
            float[] pw = new float[n];
            for (int i = 0, j = 0; i < y.length; i++) {
                if (y[i] > 0) {
                    for (int f = 0; f < x.length; f++) {
                        px[f][j] = x[f][i];
                    }
                    py[j] = y[i];
                    pw[j++] = w[i];
                }
            }
            return new Rows(px, py, pw);
        }

        float[] occurred() {
            float[] o = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                o[i] = y[i] > 0 ? 1f : 0f;
            }
            return o;
        }

        float[] logSize() {
            float[] o = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                o[i] = (float) Math.log1p(y[i]);
            }
            return o;
        }

        float[] unitWeights() {
            float[] o = new float[y.length];
            Arrays.fill(o, 1f);
            return o;
        }
    }
}
