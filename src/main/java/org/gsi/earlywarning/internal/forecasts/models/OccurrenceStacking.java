package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Logistic stacking of the probability of a fatality: logit P(> 0) = b0 + b1 logit(p) + b2 s3 + b3 s12 + b4 log(1 +
 * m12), where p is a model's P(> 0), s3 and s12 the unit's shares of the last 3 and 12 months with a fatality and m12
 * its trailing-12-month mean, all at the origin month. The coefficients are fitted (ridge-penalised IRLS) at each
 * cut-off on the targets of the last {@code months} months up to it, from the origins {@code horizon} months before
 * them: the months a model keeps out of its own training to calibrate, so its p there is out of sample.
 */
public final class OccurrenceStacking {

    /** The number of coefficients, the intercept included. */
    public static final int COEFFICIENTS = 5;

    private static final double CLIP = 1e-6;

    private OccurrenceStacking() {}

    /** The covariates (intercept first) of a unit at an origin month, given the model's P(> 0) there. */
    public static double[] covariates(double modelProbability, ConflictPanel panel, int unit, int origin) {
        double p = Math.min(1 - CLIP, Math.max(CLIP, modelProbability));
        int fatal3 = 0;
        int fatal12 = 0;
        double sum12 = 0;
        for (int t = origin - 11; t <= origin; t++) {
            double v = panel.value(unit, t);
            sum12 += v;
            fatal12 += v > 0 ? 1 : 0;
            fatal3 += v > 0 && t > origin - 3 ? 1 : 0;
        }
        return new double[] {1, Math.log(p / (1 - p)), fatal3 / 3.0, fatal12 / 12.0, Math.log1p(sum12 / 12)};
    }

    /**
     * The coefficients fitted on every unit observed in the targets from {@code trainedUntil - months + 1} to {@code
     * trainedUntil}; null when those targets have fewer than {@code minimumClass} months with or without a fatality.
     */
    public static double[] fit(
            PanelForecaster.Prepared model,
            ConflictPanel panel,
            int trainedUntil,
            int horizon,
            int months,
            int firstOrigin,
            double ridge,
            int minimumClass) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int positives = 0;
        for (int target = trainedUntil - months + 1; target <= trainedUntil; target++) {
            int origin = target - horizon;
            if (origin < firstOrigin) {
                continue;
            }
            for (int u = 0; u < panel.units().size(); u++) {
                if (panel.isObserved(u, target)) {
                    x.add(covariates(model.forecast(u, origin).probabilityAbove(0), panel, u, origin));
                    boolean fatal = panel.value(u, target) > 0;
                    y.add(fatal ? 1.0 : 0.0);
                    positives += fatal ? 1 : 0;
                }
            }
        }
        if (positives < minimumClass || y.size() - positives < minimumClass) {
            return null;
        }
        return Irls.logistic(
                x.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray(),
                ridge);
    }

    /** The stacked probability of a fatality. */
    public static double probability(double[] coefficients, double[] covariates) {
        return 1.0 / (1.0 + Math.exp(-Irls.clamp(Irls.dot(coefficients, covariates))));
    }
}
