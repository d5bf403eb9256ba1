package org.gsi.earlywarning.internal.forecast;

import java.util.Arrays;

/**
 * The sizes of a hurdle's positive part as equally weighted samples (at least 1 each), sorted, with what the scores
 * need precomputed: prefix sums, the mean and the mean absolute difference of two independent draws, so that the
 * CRPS of a forecast takes a binary search.
 */
public final class SizeSamples {

    private final int[] sorted;
    private final double[] prefix;
    private final double mean;
    private final double meanAbsoluteDifference;

    SizeSamples(int[] sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("a size distribution needs samples");
        }
        this.sorted = sizes.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        this.prefix = new double[n + 1];
        double spread = 0;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sorted[i];
            spread += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        this.mean = prefix[n] / n;
        this.meanAbsoluteDifference = 2.0 * spread / ((double) n * n);
    }

    public int size() {
        return sorted.length;
    }

    double mean() {
        return mean;
    }

    double meanAbsoluteDifference() {
        return meanAbsoluteDifference;
    }

    /** The share of samples at most k. */
    double cdf(int k) {
        return (double) countAtMost(k) / sorted.length;
    }

    /** The smallest sample whose share at or below it reaches p. */
    int quantile(double p) {
        int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The mean of |S - y|. */
    double meanAbsoluteError(double y) {
        int n = sorted.length;
        int below = countAtMost((int) Math.floor(y));
        double lower = y * below - prefix[below];
        double upper = (prefix[n] - prefix[below]) - y * (n - below);
        return (lower + upper) / n;
    }

    private int countAtMost(int k) {
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
}
