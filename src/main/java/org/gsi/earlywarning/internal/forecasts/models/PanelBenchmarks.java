package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmarks of a {@link ConflictPanel}: all zero; the bootstrap of the last 12 months of every observed unit
 * (one distribution for all units, as the ViEWS benchmark); a Poisson distribution centred on the unit's last month;
 * a Poisson distribution centred on the unit's mean of the last 12 months.
 */
public final class PanelBenchmarks {

    public static final String ZERO = "all-zero";
    public static final String BOOTSTRAP = "bootstrap-last-year";
    public static final String POISSON_LAST = "poisson-last-observed";
    public static final String TRAILING_MEAN = "trailing-mean-12";

    /** The benchmarks whose probability of a fatality rests on the units' own history. */
    public static final List<String> HISTORY = List.of(BOOTSTRAP, POISSON_LAST, TRAILING_MEAN);

    private static final PredictiveDistribution NONE = new Poisson(0.0);

    private PanelBenchmarks() {}

    public static List<PanelForecaster> all(long seed, int draws) {
        return List.of(zero(), bootstrap(seed, draws), poissonLast(), trailingMean());
    }

    public static PanelForecaster zero() {
        return named(ZERO, (features, panel, until, horizon) -> (unit, origin) -> NONE);
    }

    public static PanelForecaster poissonLast() {
        return named(
                POISSON_LAST,
                (features, panel, until, horizon) -> (unit, origin) -> poisson(panel.value(unit, origin)));
    }

    public static PanelForecaster trailingMean() {
        return named(TRAILING_MEAN, (features, panel, until, horizon) -> (unit, origin) -> {
            double sum = 0;
            for (int t = origin - 11; t <= origin; t++) {
                sum += panel.value(unit, t);
            }
            return poisson(sum / 12);
        });
    }

    /**
     * The bootstrap: per origin month, 1,000 draws (seeded by seed, origin and horizon) from the values of every unit
     * observed in the 12 months up to the origin.
     */
    public static PanelForecaster bootstrap(long seed, int draws) {
        return named(BOOTSTRAP, (features, panel, until, horizon) -> {
            Map<Integer, PredictiveDistribution> byOrigin = new HashMap<>();
            return (unit, origin) -> byOrigin.computeIfAbsent(origin, o -> {
                List<Double> pool = new ArrayList<>();
                for (int u = 0; u < panel.units().size(); u++) {
                    for (int t = o - 11; t <= o; t++) {
                        if (panel.isObserved(u, t)) {
                            pool.add(panel.value(u, t));
                        }
                    }
                }
                Random random = new Random(seed * 31 + o * 17L + horizon);
                double[] samples = new double[draws];
                for (int i = 0; i < draws; i++) {
                    samples[i] = pool.isEmpty() ? 0.0 : pool.get(random.nextInt(pool.size()));
                }
                return new EmpiricalDistribution(samples);
            });
        });
    }

    private static PredictiveDistribution poisson(double lambda) {
        return lambda == 0.0 ? NONE : new Poisson(lambda);
    }

    /** A forecaster of that name whose preparation is {@code preparation}. */
    static PanelForecaster named(String name, Preparation preparation) {
        return new PanelForecaster() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Prepared prepare(FeatureTable features, ConflictPanel panel, int trainedUntil, int horizon) {
                return preparation.prepare(features, panel, trainedUntil, horizon);
            }
        };
    }

    @FunctionalInterface
    interface Preparation {
        PanelForecaster.Prepared prepare(FeatureTable features, ConflictPanel panel, int until, int horizon);
    }
}
