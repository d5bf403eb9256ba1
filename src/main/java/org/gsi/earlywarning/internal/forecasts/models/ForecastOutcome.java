package org.gsi.earlywarning.internal.forecasts.models;

/** A forecast for one unit and target period, paired with what was then observed. */
public record ForecastOutcome(String unit, int targetPeriod, PredictiveDistribution forecast, double observed) {}
