package org.gsi.earlywarning.internal.forecasts.models;

/** The ridge-penalised logistic fit of the occurrence stacking, for tuning drivers outside this package. */
public final class StackingFits {

    private StackingFits() {}

    /** Coefficients of a logistic regression (intercept in the first column, ridge on all the others). */
    public static double[] logistic(double[][] x, double[] y, double ridge) {
        return Irls.logistic(x, y, ridge);
    }
}
