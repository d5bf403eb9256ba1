package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Map;

/**
 * Produces predictive distributions for the period {@code horizon} periods after the last period of
 * the view it is given. The view is all a forecaster ever sees: it holds no later observation.
 */
public interface Forecaster {

    String name();

    /** One distribution per unit id of the view. */
    Map<String, PredictiveDistribution> forecast(Panel view, int horizon);
}
