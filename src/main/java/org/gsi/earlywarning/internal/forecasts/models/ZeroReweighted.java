package org.gsi.earlywarning.internal.forecasts.models;

/**
 * A distribution whose probability of zero is replaced: zero with probability 1 - p, else a draw from the base
 * distribution given that it is above zero (a count of 1 when the base puts all its mass on zero). Quantiles, samples
 * and scores all read the same cumulative distribution function, so they agree with the new P(> 0).
 */
public record ZeroReweighted(PredictiveDistribution base, double p) implements PredictiveDistribution {

    private static final double NO_MASS = 1e-12;

    public ZeroReweighted {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("P(> 0) outside [0, 1]: " + p);
        }
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        double zero = base.cdf(0);
        double positive = 1 - zero;
        if (positive < NO_MASS) {
            return k == 0 ? 1 - p : 1.0;
        }
        return (1 - p) + p * Math.min(1.0, Math.max(0.0, (base.cdf(k) - zero) / positive));
    }

    @Override
    public double mean() {
        double positive = 1 - base.cdf(0);
        return positive < NO_MASS ? p : p * base.mean() / positive;
    }

    @Override
    public double probabilityAbove(int threshold) {
        return threshold < 0 ? 1.0 : 1.0 - cdf(threshold);
    }
}
