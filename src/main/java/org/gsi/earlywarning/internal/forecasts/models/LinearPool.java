package org.gsi.earlywarning.internal.forecasts.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A linear pool of two forecasters: each unit's distribution is the mixture w F1 + (1 - w) F2 of
 * the two forecasters' distributions for that unit.
 */
public final class LinearPool implements Forecaster {

    private final String name;
    private final Forecaster first;
    private final Forecaster second;
    private final double weight;

    public LinearPool(String name, Forecaster first, Forecaster second, double weight) {
        if (weight < 0.0 || weight > 1.0) {
            throw new IllegalArgumentException("pool weight outside [0, 1]: " + weight);
        }
        this.name = name;
        this.first = first;
        this.second = second;
        this.weight = weight;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        Map<String, PredictiveDistribution> a = first.forecast(view, horizon);
        Map<String, PredictiveDistribution> b = second.forecast(view, horizon);
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        a.forEach((unit, f) -> out.put(unit, new Mixture(f, b.get(unit), weight)));
        return out;
    }

    /** The mixture of two distributions with weight w on the first. */
    public record Mixture(PredictiveDistribution first, PredictiveDistribution second, double weight)
            implements PredictiveDistribution {

        @Override
        public double cdf(int k) {
            return weight * first.cdf(k) + (1 - weight) * second.cdf(k);
        }

        @Override
        public double mean() {
            return weight * first.mean() + (1 - weight) * second.mean();
        }
    }
}
