package org.gsi.earlywarning.internal.forecasts.models;

/**
 * A forecaster of a {@link ConflictPanel}: prepared once per cut-off and horizon from observations up to {@code
 * trainedUntil} only, it then forecasts a unit {@code horizon} months after any origin month at or after that
 * cut-off, reading the features of the origin month (observations up to the origin, never after).
 */
public interface PanelForecaster {

    String name();

    /** Whether {@link #prepare} reads the features of a {@link FeatureTable} (else only the panel's values). */
    default boolean needsFeatures() {
        return false;
    }

    Prepared prepare(FeatureTable features, ConflictPanel panel, int trainedUntil, int horizon);

    /** Forecasts of a prepared forecaster. */
    @FunctionalInterface
    interface Prepared {

        PredictiveDistribution forecast(int unit, int origin);
    }
}
