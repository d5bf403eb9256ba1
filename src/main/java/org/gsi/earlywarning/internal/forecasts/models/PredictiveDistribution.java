package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;
import java.util.Random;

/**
 * A predictive distribution over non-negative integer counts (fatalities, or 0/1 incidence). The
 * default methods read everything from the cumulative distribution function.
 */
public interface PredictiveDistribution {

    /** Tail mass below which a sum over the support stops. */
    double TAIL = 1e-10;

    /** Largest count ever walked to; guards against pathological tails. */
    int MAX_COUNT = 5_000_000;

    /** P(X <= k). */
    double cdf(int k);

    double mean();

    /** P(X > threshold), e.g. P(fatalities > 0) or P(fatalities > 25). */
    default double probabilityAbove(int threshold) {
        return Math.max(0.0, 1.0 - cdf(threshold));
    }

    /** The smallest k with P(X <= k) >= p. */
    default int quantile(double p) {
        if (p < 0.0 || p > 1.0) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + p);
        }
        int k = 0;
        while (cdf(k) < p - 1e-12 && k < MAX_COUNT) {
            k++;
        }
        return k;
    }

    /**
     * The continuous ranked probability score against the observed count y, exactly for an integer
     * distribution: the sum over k >= 0 of (F(k) - 1{y <= k})^2.
     */
    default double crps(double observed) {
        double sum = 0.0;
        for (int k = 0; k < MAX_COUNT; k++) {
            double f = cdf(k);
            double step = observed <= k ? 1.0 : 0.0;
            sum += (f - step) * (f - step);
            if (k >= observed && 1.0 - f < TAIL) {
                break;
            }
        }
        return sum;
    }

    /** Draws n samples by inverse transform, reproducible for a given random source. */
    default int[] sample(int n, Random random) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextDouble();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(u[a], u[b]));
        int[] out = new int[n];
        int k = 0;
        double f = cdf(0);
        for (Integer i : order) {
            while (f < u[i] && k < MAX_COUNT) {
                k++;
                f = cdf(k);
            }
            out[i] = k;
        }
        return out;
    }
}
