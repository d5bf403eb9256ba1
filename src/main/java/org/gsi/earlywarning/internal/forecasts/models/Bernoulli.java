package org.gsi.earlywarning.internal.forecasts.models;

/** A 0/1 outcome with P(1) = p, e.g. conflict incidence in a country-year. */
public record Bernoulli(double p) implements PredictiveDistribution {

    public Bernoulli {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + p);
        }
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : k == 0 ? 1.0 - p : 1.0;
    }

    @Override
    public double mean() {
        return p;
    }
}
