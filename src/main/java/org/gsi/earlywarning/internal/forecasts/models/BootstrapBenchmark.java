package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The ViEWS bootstrap benchmark: every unit gets the same distribution, drawn with replacement from
 * the observations of all units over the last year of the view (12 months, or 1 year).
 */
public final class BootstrapBenchmark implements Forecaster {

    private final long seed;
    private final int draws;

    public BootstrapBenchmark(long seed, int draws) {
        this.seed = seed;
        this.draws = draws;
    }

    @Override
    public String name() {
        return "bootstrap-last-year";
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        List<Double> pool = new ArrayList<>();
        int last = view.lastPeriod();
        for (int u = 0; u < view.units().size(); u++) {
            for (int t = last - view.cadence().periodsPerYear() + 1; t <= last; t++) {
                if (view.isActive(u, t)) {
                    pool.add(view.value(u, t));
                }
            }
        }
        Random random = new Random(seed * 31 + last * 17L + horizon);
        double[] samples = new double[draws];
        for (int i = 0; i < draws; i++) {
            samples[i] = pool.isEmpty() ? 0.0 : pool.get(random.nextInt(pool.size()));
        }
        EmpiricalDistribution shared = new EmpiricalDistribution(samples);
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        view.units().forEach(unit -> out.put(unit, shared));
        return out;
    }
}
