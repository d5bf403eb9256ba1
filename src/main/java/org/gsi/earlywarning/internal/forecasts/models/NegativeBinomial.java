package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Negative binomial (NB2) distribution with mean {@code mu} and dispersion {@code alpha}: variance mu
 * + alpha mu^2. The CDF is tabulated lazily by the pmf recursion.
 */
public final class NegativeBinomial implements PredictiveDistribution {

    private final double mu;
    private final double alpha;
    private final List<Double> cumulative = new ArrayList<>();
    private double lastPmf;

    public NegativeBinomial(double mu, double alpha) {
        if (!(mu >= 0.0) || !(alpha > 0.0)) {
            throw new IllegalArgumentException("need mu >= 0 and alpha > 0, got " + mu + ", " + alpha);
        }
        this.mu = mu;
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (mu == 0.0) {
            return 1.0;
        }
        double r = 1.0 / alpha;
        double q = mu / (mu + r);
        while (cumulative.size() <= k) {
            int n = cumulative.size();
            if (n == 0) {
                lastPmf = Math.exp(r * Math.log(r / (r + mu)));
                cumulative.add(lastPmf);
            } else {
                lastPmf = lastPmf * (n - 1 + r) / n * q;
                cumulative.add(Math.min(1.0, cumulative.get(n - 1) + lastPmf));
            }
        }
        return cumulative.get(k);
    }

    /** Log-likelihood of one count, used by the fitter. */
    static double logPmf(double y, double mu, double alpha) {
        double r = 1.0 / alpha;
        return Gamma.logGamma(y + r)
                - Gamma.logGamma(r)
                - Gamma.logGamma(y + 1)
                + r * Math.log(r / (r + mu))
                + y * Math.log(mu / (r + mu));
    }
}
