package org.gsi.earlywarning.internal.forecasts.models;

/**
 * A hurdle predictive distribution: zero with probability 1 - p, else a draw from the size samples (each at least 1). Its CRPS is
 * computed exactly from E|X - y| - E|X - X'| / 2, where for the mixture E|X - y| = (1 - p) y + p E|S - y| and E|X -
 * X'| = 2 p (1 - p) E[S] + p^2 E|S - S'|.
 */
public record HurdleSamples(double p, EmpiricalDistribution sizes) implements PredictiveDistribution {

    public HurdleSamples {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("P(> 0) outside [0, 1]: " + p);
        }
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : (1 - p) + p * sizes.cdf(k);
    }

    @Override
    public double mean() {
        return p * sizes.mean();
    }

    @Override
    public double probabilityAbove(int threshold) {
        return threshold < 0 ? 1.0 : p * (1 - sizes.cdf(threshold));
    }

    @Override
    public int quantile(double level) {
        if (level < 0.0 || level > 1.0) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + level);
        }
        if (level <= 1 - p + 1e-12) {
            return 0;
        }
        return sizes.quantile((level - (1 - p)) / p);
    }

    @Override
    public double crps(double observed) {
        double absError = (1 - p) * observed + p * sizes.meanAbsoluteError(observed);
        double spread = 2 * p * (1 - p) * sizes.mean() + p * p * sizes.meanAbsoluteDifference();
        return absError - spread / 2;
    }
}
