package org.gsi.earlywarning.internal.forecasts.models;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;

/**
 * Iteratively reweighted least squares for generalised linear models with a ridge penalty on every
 * coefficient but the first (the intercept): logistic regression, and negative binomial (NB2)
 * regression whose dispersion is chosen by maximising the profile log-likelihood (golden-section search).
 * Each step solves the penalised normal equations by Cholesky decomposition (Commons Math).
 */
final class Irls {

    record NegativeBinomialFit(double[] beta, double alpha) {}

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-7;
    private static final double MAX_ETA = 12.0;
    /** The penalised matrix is filled symmetrically, so any asymmetry is an error. */
    private static final double SYMMETRY = 1e-15;

    private Irls() {}

    static double[] logistic(double[][] x, double[] y, double ridge) {
        double[] beta = new double[x[0].length];
        double mean = Math.min(0.99, Math.max(0.01, average(y)));
        beta[0] = Math.log(mean / (1 - mean));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] xtwx = new double[beta.length][beta.length];
            double[] xtwz = new double[beta.length];
            for (int i = 0; i < x.length; i++) {
                double eta = dot(x[i], beta);
                double p = 1.0 / (1.0 + Math.exp(-eta));
                double w = Math.max(1e-9, p * (1 - p));
                accumulate(xtwx, xtwz, x[i], w, eta + (y[i] - p) / w);
            }
            double[] next = solve(penalise(xtwx, ridge), xtwz);
            if (converged(beta, next)) {
                return next;
            }
            beta = next;
        }
        return beta;
    }

    static NegativeBinomialFit negativeBinomial(double[][] x, double[] y, double ridge) {
        double lo = Math.log(0.01);
        double hi = Math.log(200.0);
        double golden = (Math.sqrt(5) - 1) / 2;
        double[] start = new double[x[0].length];
        start[0] = Math.log(average(y) + 1e-3);
        double a = hi - golden * (hi - lo);
        double b = lo + golden * (hi - lo);
        double[] betaA = fitGivenAlpha(x, y, Math.exp(a), ridge, start);
        double[] betaB = fitGivenAlpha(x, y, Math.exp(b), ridge, betaA);
        double la = logLikelihood(x, y, betaA, Math.exp(a));
        double lb = logLikelihood(x, y, betaB, Math.exp(b));
        for (int step = 0; step < 14; step++) {
            if (la > lb) {
                hi = b;
                b = a;
                betaB = betaA;
                lb = la;
                a = hi - golden * (hi - lo);
                betaA = fitGivenAlpha(x, y, Math.exp(a), ridge, betaB);
                la = logLikelihood(x, y, betaA, Math.exp(a));
            } else {
                lo = a;
                a = b;
                betaA = betaB;
                la = lb;
                b = lo + golden * (hi - lo);
                betaB = fitGivenAlpha(x, y, Math.exp(b), ridge, betaA);
                lb = logLikelihood(x, y, betaB, Math.exp(b));
            }
        }
        return la > lb ? new NegativeBinomialFit(betaA, Math.exp(a)) : new NegativeBinomialFit(betaB, Math.exp(b));
    }

    static double[] fitGivenAlpha(double[][] x, double[] y, double alpha, double ridge, double[] from) {
        double[] beta = from.clone();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] xtwx = new double[beta.length][beta.length];
            double[] xtwz = new double[beta.length];
            for (int i = 0; i < x.length; i++) {
                double eta = clamp(dot(x[i], beta));
                double mu = Math.exp(eta);
                double w = mu / (1 + alpha * mu);
                accumulate(xtwx, xtwz, x[i], w, eta + (y[i] - mu) / mu);
            }
            double[] next = solve(penalise(xtwx, ridge), xtwz);
            if (converged(beta, next)) {
                return next;
            }
            beta = next;
        }
        return beta;
    }

    static double logLikelihood(double[][] x, double[] y, double[] beta, double alpha) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            double mu = Math.exp(clamp(dot(x[i], beta)));
            sum += NegativeBinomial.logPmf(y[i], mu, alpha);
        }
        return sum;
    }

    static double clamp(double eta) {
        return Math.max(-30.0, Math.min(MAX_ETA, eta));
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void accumulate(double[][] xtwx, double[] xtwz, double[] xi, double w, double z) {
        for (int j = 0; j < xi.length; j++) {
            double wx = w * xi[j];
            xtwz[j] += wx * z;
            for (int k = 0; k <= j; k++) {
                xtwx[j][k] += wx * xi[k];
            }
        }
    }

    /**
     * Solves A x = b for the symmetric positive definite A of a step; a matrix that is not positive definite
     * (non-positive pivot) is refused as before.
     */
    private static double[] solve(double[][] a, double[] b) {
        return new CholeskyDecomposition(MatrixUtils.createRealMatrix(a), SYMMETRY, 0.0)
                .getSolver()
                .solve(new ArrayRealVector(b, false))
                .toArray();
    }

    private static double[][] penalise(double[][] lower, double ridge) {
        int n = lower.length;
        double[][] full = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k <= j; k++) {
                full[j][k] = lower[j][k];
                full[k][j] = lower[j][k];
            }
            full[j][j] += j == 0 ? 1e-8 : ridge;
        }
        return full;
    }

    private static boolean converged(double[] a, double[] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d < TOLERANCE;
    }

    private static double average(double[] y) {
        double s = 0.0;
        for (double v : y) {
            s += v;
        }
        return y.length == 0 ? 0.0 : s / y.length;
    }
}
