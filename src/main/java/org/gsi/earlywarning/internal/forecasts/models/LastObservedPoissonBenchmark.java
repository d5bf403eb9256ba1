package org.gsi.earlywarning.internal.forecasts.models;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ViEWS benchmark: a Poisson distribution centred on each unit's last observed value. */
public final class LastObservedPoissonBenchmark implements Forecaster {

    @Override
    public String name() {
        return "poisson-last-observed";
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        for (int u = 0; u < view.units().size(); u++) {
            out.put(view.units().get(u), new Poisson(view.value(u, view.lastPeriod())));
        }
        return out;
    }
}
