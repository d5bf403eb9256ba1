package org.gsi.earlywarning.internal.forecasts.models;

import java.util.LinkedHashMap;
import java.util.Map;

/** The all-zero forecast: a point mass at zero for every unit. */
public final class ZeroBenchmark implements Forecaster {

    private static final PredictiveDistribution ZERO = new Poisson(0.0);

    @Override
    public String name() {
        return "all-zero";
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        view.units().forEach(unit -> out.put(unit, ZERO));
        return out;
    }
}
