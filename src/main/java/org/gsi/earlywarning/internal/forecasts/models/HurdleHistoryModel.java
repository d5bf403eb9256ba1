package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A direct h-step hurdle model on conflict history ({@link HistoryFeatures}): a ridge logistic
 * regression gives P(count > 0) h periods ahead, and a negative binomial regression fitted on the
 * positive counts gives the size: count = 1 + NB(mu, alpha). Training targets are the observations
 * of the last {@code trainingYears} years of the view.
 */
public final class HurdleHistoryModel implements Forecaster {

    private final double ridge;
    private final int trainingYears;

    public HurdleHistoryModel(double ridge, int trainingYears) {
        this.ridge = ridge;
        this.trainingYears = trainingYears;
    }

    @Override
    public String name() {
        return "hurdle-nb-" + trainingYears + "y";
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        HistoryFeatures features = new HistoryFeatures(view);
        int firstTarget = view.lastPeriod() - trainingYears * view.cadence().periodsPerYear() + 1;
        TrainingRows rows = TrainingRows.of(view, features, horizon, firstTarget);
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        long positives = Arrays.stream(rows.y).filter(v -> v > 0).count();
        if (positives < 2) {
            view.units().forEach(unit -> out.put(unit, new Poisson(0.0)));
            return out;
        }
        double[] occurred = Arrays.stream(rows.y).map(v -> v > 0 ? 1.0 : 0.0).toArray();
        double[] hurdle = Irls.logistic(rows.x, occurred, ridge);
        double[][] sizeX = new double[(int) positives][];
        double[] sizeY = new double[(int) positives];
        for (int i = 0, j = 0; i < rows.y.length; i++) {
            if (rows.y[i] > 0) {
                sizeX[j] = rows.x[i];
                sizeY[j++] = rows.y[i] - 1;
            }
        }
        Irls.NegativeBinomialFit size = Irls.negativeBinomial(sizeX, sizeY, ridge);
        for (int u = 0; u < view.units().size(); u++) {
            double[] x = features.at(u, view.lastPeriod());
            double p = 1.0 / (1.0 + Math.exp(-Irls.dot(x, hurdle)));
            double mu = Math.exp(Irls.clamp(Irls.dot(x, size.beta())));
            out.put(view.units().get(u), new Hurdle(p, new NegativeBinomial(mu, size.alpha())));
        }
        return out;
    }

    /** Zero with probability 1 - p, else 1 plus a draw from the size distribution. */
    public record Hurdle(double p, PredictiveDistribution size) implements PredictiveDistribution {

        @Override
        public double cdf(int k) {
            return k < 0 ? 0.0 : (1 - p) + p * size.cdf(k - 1);
        }

        @Override
        public double mean() {
            return p * (1 + size.mean());
        }
    }
}
