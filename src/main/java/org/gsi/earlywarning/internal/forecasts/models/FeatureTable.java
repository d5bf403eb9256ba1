package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;
import org.gsi.earlywarning.internal.indicators.UnitLevel;

/**
 * The features of every unit of a {@link ConflictPanel} at every origin month of a range, each computed only from the
 * observations up to that month, and stored quantised to one byte (the trees split between these levels):
 * <ul>
 *   <li>the unit's own history: state-based fatalities in the month and the month before, trailing means over 3, 12,
 *       36 and 120 months, and the decay of the time since the last state-based fatality, exp(-months / 12) (0 when
 *       there was none);
 *   <li>the other kinds of violence (non-state and one-sided): trailing 12-month mean and decay;
 *   <li>spatial lags: the sum over the first ring of neighbours of their fatalities in the month and of their
 *       12-month means, the same sum over the second ring, and the distance (in cells, at most 64) to the nearest
 *       cell with a state-based fatality in the last 12 months; for countries the rings are contiguous states and
 *       the distance is 0 (own), 1 (first ring), 2 (second ring) or 3 (none);
 *   <li>the country's history: its state-based fatalities in the month, 12-month mean and decay;
 *   <li>the conflict neighbourhood (UCDP/PRIO ACD, the last complete year): the country's own armed conflict and the
 *       share of its contiguous states in armed conflict.
 * </ul>
 * Counts enter as log(1 + x), quantised in steps of 10/254 up to 10; shares and decays in steps of 1/254.
 */
public final class FeatureTable {

    /** Message-key suffixes of the features, in column order. */
    public static final List<String> NAMES = List.of(
            "last",
            "previous",
            "mean3",
            "mean12",
            "mean36",
            "mean120",
            "decay",
            "otherMean12",
            "otherDecay",
            "ring1Last",
            "ring1Mean12",
            "ring2Mean12",
            "distance",
            "countryLast",
            "countryMean12",
            "countryDecay",
            "acdOwn",
            "acdNeighbours");

    static final int LOG_FEATURE_TOP = 10;
    static final int MAX_DISTANCE = 64;
    private static final int DISTANCE = NAMES.indexOf("distance");

    private final ConflictPanel panel;
    private final int from;
    private final int to;
    private final int units;
    private final byte[][] bins;

    private FeatureTable(ConflictPanel panel, int from, int to) {
        this.panel = panel;
        this.from = from;
        this.to = to;
        this.units = panel.units().size();
        this.bins = new byte[NAMES.size()][units * (to - from + 1)];
    }

    /** Features at every origin month from {@code from} to {@code to} (both within the panel). */
    public static FeatureTable of(ConflictPanel panel, int from, int to) {
        if (to > panel.lastPeriod() || from > to) {
            throw new ObservationBeyondCutoffException(
                    "features", Cadence.MONTHLY.label(to), Cadence.MONTHLY.label(panel.lastPeriod()));
        }
        FeatureTable table = new FeatureTable(panel, from, to);
        table.compute();
        return table;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public ConflictPanel panel() {
        return panel;
    }

    /** The quantised value (0-254) of a feature of a unit at an origin month. */
    public int bin(int feature, int unit, int period) {
        return bins[feature][row(unit, period)] & 0xFF;
    }

    int row(int unit, int period) {
        if (period < from || period > to) {
            throw new IllegalArgumentException("no features at " + Cadence.MONTHLY.label(period));
        }
        return (period - from) * units + unit;
    }

    byte[][] columns() {
        return bins;
    }

    private void compute() {
        int start = panel.firstPeriod();
        int length = to - start + 1;
        double[][] prefix = new double[units][];
        float[][] mean12 = new float[units][to - from + 1];
        for (int u = 0; u < units; u++) {
            prefix[u] = prefix(u, start, length, false);
            for (int t = from; t <= to; t++) {
                mean12[u][t - from] = (float) window(prefix[u], t - start, 12);
            }
        }
        int[] distance = new int[units * (to - from + 1)];
        if (panel.level() == UnitLevel.GRID) {
            GridDistance.fill(panel, mean12, from, to, distance);
        } else {
            ringDistance(mean12, distance);
        }
        double[] country = new double[length];
        for (int u = 0; u < units; u++) {
            double[] other = prefix(u, start, length, true);
            int sinceOwn = -1;
            int sinceOther = -1;
            int sinceCountry = -1;
            String iso = panel.countryOf(u);
            for (int i = 0; i < length; i++) {
                int t = start + i;
                sinceOwn = panel.value(u, t) > 0 ? 0 : sinceOwn < 0 ? -1 : sinceOwn + 1;
                sinceOther = panel.otherValue(u, t) > 0 ? 0 : sinceOther < 0 ? -1 : sinceOther + 1;
                country[i] = panel.countryValue(iso, t);
                sinceCountry = country[i] > 0 ? 0 : sinceCountry < 0 ? -1 : sinceCountry + 1;
                if (t < from) {
                    continue;
                }
                int r = row(u, t);
                int year = Cadence.MONTHLY.yearOf(t) - 1;
                set(0, r, logBin(panel.value(u, t)));
                set(1, r, logBin(t - 1 < start ? 0 : panel.value(u, t - 1)));
                set(2, r, logBin(window(prefix[u], i, 3)));
                set(3, r, logBin(mean12[u][t - from]));
                set(4, r, logBin(window(prefix[u], i, 36)));
                set(5, r, logBin(window(prefix[u], i, 120)));
                set(6, r, decayBin(sinceOwn));
                set(7, r, logBin(window(other, i, 12)));
                set(8, r, decayBin(sinceOther));
                set(9, r, logBin(ringSum(panel.ring1(u), t, null)));
                set(10, r, logBin(ringSum(panel.ring1(u), t, mean12)));
                set(11, r, logBin(ringSum(panel.ring2(u), t, mean12)));
                set(DISTANCE, r, distance[r]);
                set(13, r, logBin(country[i]));
                set(14, r, logBin(countryMean(country, i)));
                set(15, r, decayBin(sinceCountry));
                set(16, r, shareBin(panel.neighbourhood().inConflict(iso, year)));
                set(17, r, shareBin(panel.neighbourhood().neighboursInConflict(iso, year)));
            }
        }
    }

    private double[] prefix(int u, int start, int length, boolean otherViolence) {
        double[] p = new double[length + 1];
        for (int i = 0; i < length; i++) {
            int t = start + i;
            p[i + 1] = p[i] + (otherViolence ? panel.otherValue(u, t) : panel.value(u, t));
        }
        return p;
    }

    /** The mean of the {@code window} months ending at index {@code i} (months before the panel count zero). */
    private static double window(double[] prefix, int i, int window) {
        int end = i + 1;
        return (prefix[end] - prefix[Math.max(0, end - window)]) / window;
    }

    private static double countryMean(double[] country, int i) {
        double sum = 0;
        for (int k = Math.max(0, i - 11); k <= i; k++) {
            sum += country[k];
        }
        return sum / 12;
    }

    private double ringSum(int[] ring, int t, float[][] mean12) {
        double sum = 0;
        for (int n : ring) {
            sum += mean12 == null ? panel.value(n, t) : mean12[n][t - from];
        }
        return sum;
    }

    private void ringDistance(float[][] mean12, int[] distance) {
        for (int t = from; t <= to; t++) {
            for (int u = 0; u < units; u++) {
                int d = 3;
                if (mean12[u][t - from] > 0) {
                    d = 0;
                } else if (anyActive(panel.ring1(u), mean12, t)) {
                    d = 1;
                } else if (anyActive(panel.ring2(u), mean12, t)) {
                    d = 2;
                }
                distance[row(u, t)] = d;
            }
        }
    }

    private boolean anyActive(int[] ring, float[][] mean12, int t) {
        for (int n : ring) {
            if (mean12[n][t - from] > 0) {
                return true;
            }
        }
        return false;
    }

    private void set(int feature, int row, int bin) {
        bins[feature][row] = (byte) bin;
    }

    static int logBin(double count) {
        return quantise(Math.log1p(Math.max(0, count)) / LOG_FEATURE_TOP);
    }

    static int decayBin(int since) {
        return since < 0 ? 0 : quantise(Math.exp(-since / 12.0));
    }

    static int shareBin(double share) {
        return quantise(share);
    }

    private static int quantise(double unitInterval) {
        return (int) Math.round(Math.min(1.0, Math.max(0.0, unitInterval)) * 254);
    }
}
