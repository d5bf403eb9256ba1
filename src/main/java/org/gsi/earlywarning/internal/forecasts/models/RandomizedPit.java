package org.gsi.earlywarning.internal.forecasts.models;

import java.nio.charset.StandardCharsets;

/**
 * The randomized probability integral transform of a count forecast (Czado, Gneiting and Held 2009, "Predictive
 * model assessment for count data", Biometrics 65): u = F(y - 1) + V (F(y) - F(y - 1)) with V uniform on [0, 1).
 * For a forecast whose distribution is the true one, u is uniform on [0, 1) whatever the discreteness, so the share
 * of outcomes with 0.05 <= u <= 0.95 is the coverage of a central 90 % prediction set that a discrete forecast can
 * have. The interval [q05, q95] of a forecast with more than 95 % on zero is [0, 0] and covers every zero; the PIT
 * puts such a zero anywhere in [0, F(0)) instead.
 *
 * <p>V is drawn from the unit and the target period with a fixed seed, so that a backtest gives the same figures on
 * every run and every forecaster of a window meets the same V for the same outcome.
 */
public final class RandomizedPit {

    public static final long SEED = 0x5eedC2A0L;
    public static final double LOWER = 0.05;
    public static final double UPPER = 0.95;

    private RandomizedPit() {}

    /** The randomized PIT of the observed count y under the forecast, with the given uniform draw v. */
    public static double of(PredictiveDistribution forecast, double observed, double v) {
        int y = (int) Math.round(observed);
        double below = y <= 0 ? 0.0 : forecast.cdf(y - 1);
        double atMost = forecast.cdf(y);
        return below + v * (atMost - below);
    }

    /** Whether the outcome lies inside the central 90 % of the forecast by its randomized PIT. */
    public static boolean covered(PredictiveDistribution forecast, double observed, double v) {
        double u = of(forecast, observed, v);
        return u >= LOWER && u <= UPPER;
    }

    /** The reproducible uniform draw V of an outcome: a mix of the seed, the unit and the target period. */
    public static double uniform(String unit, int targetPeriod) {
        long h = SEED;
        for (byte b : unit.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        h = mix(h ^ targetPeriod);
        return (mix(h) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
