package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores of a set of forecasts: mean CRPS, Brier score and average precision for the event
 * "observed > 0", the share of observations inside the central 90 % interval [q05, q95] ({@code coverage90}), and
 * the share whose randomized PIT lies in [0.05, 0.95] ({@code pitCoverage90}, {@link RandomizedPit}): the coverage
 * defined for count forecasts, where an interval [0, 0] covers every zero however much mass the forecast puts there.
 */
public record WindowScores(
        int forecasts,
        double crps,
        double brier,
        OptionalDouble averagePrecision,
        double coverage90,
        int positives,
        double pitCoverage90) {

    public static WindowScores of(List<ForecastOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("no forecasts to score");
        }
        int n = outcomes.size();
        double crps = 0.0;
        double brier = 0.0;
        int covered = 0;
        int pitCovered = 0;
        int positives = 0;
        double[] pAbove = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            ForecastOutcome o = outcomes.get(i);
            PredictiveDistribution f = o.forecast();
            double y = o.observed();
            pAbove[i] = f.probabilityAbove(0);
            positive[i] = y > 0;
            positives += positive[i] ? 1 : 0;
            crps += f.crps(y);
            double event = positive[i] ? 1.0 : 0.0;
            brier += (pAbove[i] - event) * (pAbove[i] - event);
            covered += f.quantile(0.05) <= y && y <= f.quantile(0.95) ? 1 : 0;
            pitCovered += RandomizedPit.covered(f, y, RandomizedPit.uniform(o.unit(), o.targetPeriod())) ? 1 : 0;
        }
        return new WindowScores(
                n,
                crps / n,
                brier / n,
                AveragePrecision.of(pAbove, positive),
                (double) covered / n,
                positives,
                (double) pitCovered / n);
    }
}
