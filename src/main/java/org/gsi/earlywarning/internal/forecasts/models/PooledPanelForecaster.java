package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;

/**
 * A linear pool of two panel forecasters: F = w(h) F_model + (1 - w(h)) F_other, the model's weight w(h) given for
 * some horizons and interpolated linearly between them (held constant beyond the first and the last). Both are
 * prepared from the same cut-off, so the pool reads nothing the two would not. With occurrence stacking ({@link
 * #withOccurrenceStacking}) the pool's probability of a fatality is replaced by the {@link OccurrenceStacking} of the
 * model's P(> 0) with the unit's recent history, fitted at the same cut-off; the count given a fatality stays the
 * pool's ({@link ZeroReweighted}).
 */
public final class PooledPanelForecaster implements PanelForecaster {

    private final String name;
    private final PanelForecaster model;
    private final PanelForecaster other;
    private final int[] horizons;
    private final double[] weights;
    private final int stackingMonths;
    private final double stackingRidge;

    public PooledPanelForecaster(
            String name, PanelForecaster model, PanelForecaster other, int[] horizons, double[] weights) {
        this(name, model, other, horizons, weights, 0, 0);
    }

    private PooledPanelForecaster(
            String name,
            PanelForecaster model,
            PanelForecaster other,
            int[] horizons,
            double[] weights,
            int stackingMonths,
            double stackingRidge) {
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
        this.stackingMonths = stackingMonths;
        this.stackingRidge = stackingRidge;
    }

    /**
     * The same pool whose P(> 0) is stacked on the targets of the last {@code months} months before each cut-off,
     * with the given ridge penalty.
     */
    public PooledPanelForecaster withOccurrenceStacking(int months, double ridge) {
        if (months < 1 || !(ridge >= 0)) {
            throw new IllegalArgumentException("stacking needs at least one month and a ridge >= 0");
        }
        return new PooledPanelForecaster(name, model, other, horizons, weights, months, ridge);
    }

    /** Whether the pool's P(> 0) is stacked. */
    public boolean stacksOccurrence() {
        return stackingMonths > 0;
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
        Prepared first = w > 0 || stacksOccurrence() ? model.prepare(features, panel, trainedUntil, horizon) : null;
        Prepared second = w < 1 ? other.prepare(features, panel, trainedUntil, horizon) : null;
        Prepared pool;
        if (second == null) {
            pool = first;
        } else if (w <= 0) {
            pool = second;
        } else {
            pool = (unit, origin) ->
                    new LinearPool.Mixture(first.forecast(unit, origin), second.forecast(unit, origin), w);
        }
        if (!stacksOccurrence()) {
            return pool;
        }
        double[] coefficients = OccurrenceStacking.fit(
                first,
                panel,
                trainedUntil,
                horizon,
                stackingMonths,
                features == null ? Integer.MIN_VALUE : features.from(),
                stackingRidge,
                GradientBoostedHurdle.MIN_HELD_OUT_CLASS);
        if (coefficients == null) {
            return pool;
        }
        return (unit, origin) -> {
            double p = first.forecast(unit, origin).probabilityAbove(0);
            return new ZeroReweighted(
                    pool.forecast(unit, origin),
                    OccurrenceStacking.probability(
                            coefficients, OccurrenceStacking.covariates(p, panel, unit, origin)));
        };
    }
}
