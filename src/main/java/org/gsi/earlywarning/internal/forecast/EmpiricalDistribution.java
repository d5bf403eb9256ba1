package org.gsi.earlywarning.internal.forecast;

import java.util.Arrays;

/** A predictive distribution given by samples, each carrying equal weight. */
public final class EmpiricalDistribution implements PredictiveDistribution {

    private final double[] sorted;

    public EmpiricalDistribution(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one sample");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public int size() {
        return sorted.length;
    }

    @Override
    public double cdf(int k) {
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
        return (double) lo / sorted.length;
    }

    @Override
    public double mean() {
        return Arrays.stream(sorted).average().orElse(0.0);
    }

    /**
     * The sample estimator of CRPS: mean |X - y| - 1/2 mean |X - X'| over all sample pairs, the
     * second term computed from the sorted samples in linear time.
     */
    @Override
    public double crps(double observed) {
        int n = sorted.length;
        double absError = 0.0;
        double spread = 0.0;
        for (int i = 0; i < n; i++) {
            absError += Math.abs(sorted[i] - observed);
            spread += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return absError / n - spread / ((double) n * n);
    }
}
