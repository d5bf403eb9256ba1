package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;

/** Poisson distribution with mean lambda; lambda 0 is the point mass at zero. */
public final class Poisson implements PredictiveDistribution {

    private final double lambda;
    private final List<Double> cumulative = new ArrayList<>();
    private double lastLogPmf;

    public Poisson(double lambda) {
        if (!(lambda >= 0.0)) {
            throw new IllegalArgumentException("need lambda >= 0, got " + lambda);
        }
        this.lambda = lambda;
    }

    @Override
    public double mean() {
        return lambda;
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (lambda == 0.0) {
            return 1.0;
        }
        while (cumulative.size() <= k) {
            int n = cumulative.size();
            if (n == 0) {
                lastLogPmf = -lambda;
                cumulative.add(Math.exp(lastLogPmf));
            } else {
                lastLogPmf += Math.log(lambda) - Math.log(n);
                cumulative.add(Math.min(1.0, cumulative.get(n - 1) + Math.exp(lastLogPmf)));
            }
        }
        return cumulative.get(k);
    }
}
