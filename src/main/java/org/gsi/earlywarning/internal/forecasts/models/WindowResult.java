package org.gsi.earlywarning.internal.forecasts.models;

/** Scores of one forecaster in one backtest window (a test year at one horizon). */
public record WindowResult(String forecaster, int testYear, int horizon, WindowScores scores) {}
