package org.gsi.earlywarning.internal.forecasts;

import java.util.UUID;

/** A forecast run finished and its forecasts are stored; {@code unitLevel} is COUNTRY or ADMIN1. */
public record ForecastsComputed(UUID runId, String unitLevel) {}
