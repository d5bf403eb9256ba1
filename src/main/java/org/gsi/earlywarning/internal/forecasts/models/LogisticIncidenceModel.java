package org.gsi.earlywarning.internal.forecasts.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A direct h-step ridge logistic regression of incidence (observation > 0) h periods ahead on a
 * unit's conflict history and its neighbours' ({@link HistoryFeatures}). Its forecast is a
 * Bernoulli distribution with the fitted probability.
 */
public final class LogisticIncidenceModel implements Forecaster {

    private final double ridge;
    private final int firstTargetYear;

    public LogisticIncidenceModel(double ridge, int firstTargetYear) {
        this.ridge = ridge;
        this.firstTargetYear = firstTargetYear;
    }

    @Override
    public String name() {
        return "logit-incidence";
    }

    @Override
    public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
        HistoryFeatures features = new HistoryFeatures(view);
        TrainingRows rows =
                TrainingRows.of(view, features, horizon, view.cadence().firstPeriodOf(firstTargetYear));
        Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            view.units().forEach(unit -> out.put(unit, new Bernoulli(0.0)));
            return out;
        }
        double[] incidence = new double[rows.y.length];
        for (int i = 0; i < incidence.length; i++) {
            incidence[i] = rows.y[i] > 0 ? 1.0 : 0.0;
        }
        double[] beta = Irls.logistic(rows.x, incidence, ridge);
        for (int u = 0; u < view.units().size(); u++) {
            double eta = Irls.dot(features.at(u, view.lastPeriod()), beta);
            out.put(view.units().get(u), new Bernoulli(1.0 / (1.0 + Math.exp(-eta))));
        }
        return out;
    }
}
