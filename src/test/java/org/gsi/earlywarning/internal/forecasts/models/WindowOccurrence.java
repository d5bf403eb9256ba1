package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;

/**
 * A tuning experiment: the hurdle's occurrence trees trained on another target, any fatality in the h months after
 * the origin (else the month h months after it, as the hurdle is), on the rows the hurdle trains on (the training
 * years before its calibration months; every unit month, no sampling of cold rows). Its score is the trees' log-odds
 * before any recalibration.
 */
public final class WindowOccurrence {

    /** The trees' score of a unit at an origin month. */
    public interface Score {
        double at(int unit, int origin);
    }

    private WindowOccurrence() {}

    public static Score fit(
            FeatureTable features,
            ConflictPanel panel,
            int trainedUntil,
            int horizon,
            boolean anyWithin,
            GradientBoostedHurdle.Settings settings) {
        int heldOutFrom = trainedUntil - settings.calibrationMonths() + 1;
        int from = Math.max(heldOutFrom - 12 * settings.trainingYears(), features.from() + horizon);
        int to = Math.min(heldOutFrom - 1, features.to() + horizon);
        int units = panel.units().size();
        byte[][] columns = features.columns();
        int[] chosen = new int[Math.max(0, (to - from + 1) * units)];
        float[] y = new float[chosen.length];
        int n = 0;
        for (int target = from; target <= to; target++) {
            for (int u = 0; u < units; u++) {
                if (!panel.isObserved(u, target)) {
                    continue;
                }
                int origin = target - horizon;
                boolean fatal = panel.value(u, target) > 0;
                for (int t = origin + 1; anyWithin && !fatal && t < target; t++) {
                    fatal = panel.value(u, t) > 0;
                }
                chosen[n] = features.row(u, origin);
                y[n++] = fatal ? 1f : 0f;
            }
        }
        byte[][] x = new byte[columns.length][n];
        for (int f = 0; f < columns.length; f++) {
            for (int i = 0; i < n; i++) {
                x[f][i] = columns[f][chosen[i]];
            }
        }
        float[] w = new float[n];
        Arrays.fill(w, 1f);
        BoostedTrees trees = BoostedTrees.fit(
                x,
                Arrays.copyOf(y, n),
                w,
                BoostedTrees.Loss.LOGISTIC,
                settings.occurrence(),
                settings.seed() * 1_000_003L + horizon);
        return (unit, origin) -> {
            int row = features.row(unit, origin);
            return trees.score(f -> columns[f][row] & 0xFF);
        };
    }
}
