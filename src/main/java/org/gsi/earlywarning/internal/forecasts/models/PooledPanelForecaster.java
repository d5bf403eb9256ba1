package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;

/**
 * A linear pool of two panel forecasters: F = w(h) F_model + (1 - w(h)) F_other, the model's weight w(h) given for
 * some horizons and interpolated linearly between them (held constant beyond the first and the last). Both are
 * prepared from the same cut-off, so the pool reads nothing the two would not.
 */
public final class PooledPanelForecaster implements PanelForecaster {

    private final String name;
    private final PanelForecaster model;
    private final PanelForecaster other;
    private final int[] horizons;
    private final double[] weights;

    public PooledPanelForecaster(
            String name, PanelForecaster model, PanelForecaster other, int[] horizons, double[] weights) {
        if (horizons.length == 0 || horizons.length != weights.length) {
            throw new IllegalArgumentException("one weight per horizon is needed");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0 && weights[i] <= 1) || (i > 0 && horizons[i] <= horizons[i - 1])) {
                throw new IllegalArgumentException("weights in [0, 1] at increasing horizons");
            }
        }
        this.name = name;
        this.model = model;
        this.other = other;
        this.horizons = horizons.clone();
        this.weights = weights.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean needsFeatures() {
        return model.needsFeatures() || other.needsFeatures();
    }

    /** The model's weight at a horizon. */
    public double weight(int horizon) {
        int at = Arrays.binarySearch(horizons, horizon);
        if (at >= 0) {
            return weights[at];
        }
        int above = -at - 1;
        if (above == 0) {
            return weights[0];
        }
        if (above == horizons.length) {
            return weights[horizons.length - 1];
        }
        double share = (double) (horizon - horizons[above - 1]) / (horizons[above] - horizons[above - 1]);
        return weights[above - 1] + share * (weights[above] - weights[above - 1]);
    }

    @Override
    public Prepared prepare(FeatureTable features, ConflictPanel panel, int trainedUntil, int horizon) {
        double w = weight(horizon);
        Prepared first = w > 0 ? model.prepare(features, panel, trainedUntil, horizon) : null;
        Prepared second = w < 1 ? other.prepare(features, panel, trainedUntil, horizon) : null;
        if (second == null) {
            return first;
        }
        if (first == null) {
            return second;
        }
        return (unit, origin) -> new LinearPool.Mixture(first.forecast(unit, origin), second.forecast(unit, origin), w);
    }
}
