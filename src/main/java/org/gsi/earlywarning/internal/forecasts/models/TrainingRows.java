package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;

/**
 * The design matrix of a direct h-step model: features of a unit at period t paired with its
 * observation at t + h, for every t where both lie inside the view and the unit is active at both.
 */
final class TrainingRows {

    final double[][] x;
    final double[] y;

    private TrainingRows(double[][] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    static TrainingRows of(Panel view, HistoryFeatures features, int horizon, int firstTarget) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int start = Math.max(view.firstPeriod(), firstTarget - horizon);
        for (int u = 0; u < view.units().size(); u++) {
            for (int t = start; t + horizon <= view.lastPeriod(); t++) {
                if (view.isActive(u, t) && view.isActive(u, t + horizon)) {
                    xs.add(features.at(u, t));
                    ys.add(view.value(u, t + horizon));
                }
            }
        }
        double[] y = new double[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        return new TrainingRows(xs.toArray(new double[0][]), y);
    }

    boolean isEmpty() {
        return y.length == 0;
    }
}
