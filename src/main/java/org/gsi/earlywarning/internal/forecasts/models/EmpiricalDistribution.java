package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;

/** A predictive distribution given by samples, each carrying equal weight. */
public final class EmpiricalDistribution implements PredictiveDistribution {

    private final double[] sorted;
    private final double[] prefix;
    private final double spread;

    public EmpiricalDistribution(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one sample");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        this.prefix = new double[n + 1];
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sorted[i];
            s += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        this.spread = s;
    }

    public int size() {
        return sorted.length;
    }

    @Override
    public double cdf(int k) {
        return (double) countAtMost(k) / sorted.length;
    }

    private int countAtMost(double k) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public double mean() {
        return prefix[sorted.length] / sorted.length;
    }

    /** The smallest sample whose share at or below it reaches p (samples are counts). */
    @Override
    public int quantile(double p) {
        if (p < 0.0 || p > 1.0) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + p);
        }
        int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
        return (int) Math.ceil(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    /** The mean of |X - y|, by a binary search over the prefix sums of the sorted samples. */
    double meanAbsoluteError(double observed) {
        int n = sorted.length;
        int below = countAtMost(observed);
        return (observed * below - prefix[below] + (prefix[n] - prefix[below]) - observed * (n - below)) / n;
    }

    /** The mean of |X - X'| over independent draws. */
    double meanAbsoluteDifference() {
        return 2.0 * spread / ((double) sorted.length * sorted.length);
    }

    /**
     * The sample estimator of CRPS: mean |X - y| - 1/2 mean |X - X'| over all sample pairs, the
     * second term computed once from the sorted samples, the first by a binary search over their prefix sums.
     */
    @Override
    public double crps(double observed) {
        return meanAbsoluteError(observed) - meanAbsoluteDifference() / 2;
    }
}
