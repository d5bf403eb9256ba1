package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HurdleSamplesTests {

    /** The same distribution scored by the generic sum over counts of (F(k) - 1{y <= k})^2. */
    record Generic(HurdleSamples inner) implements PredictiveDistribution {
        @Override
        public double cdf(int k) {
            return inner.cdf(k);
        }

        @Override
        public double mean() {
            return inner.mean();
        }
    }

    @Test
    void theClosedFormCrpsEqualsTheSumOverCounts() {
        Random random = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            double[] sizes = new double[1000];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = 1 + (int) Math.floor(Math.exp(random.nextGaussian() * 1.2 + 1));
            }
            HurdleSamples f = new HurdleSamples(random.nextDouble(), new EmpiricalDistribution(sizes));
            for (double y : new double[] {0, 1, 3, 17, 250}) {
                assertThat(f.crps(y)).isCloseTo(new Generic(f).crps(y), within(1e-6));
            }
        }
    }

    @Test
    void quantilesAreTheSmallestCountsReachingTheLevel() {
        HurdleSamples f =
                new HurdleSamples(0.3, new EmpiricalDistribution(new double[] {1, 2, 2, 5, 9, 9, 9, 10, 40, 100}));
        assertThat(f.quantile(0.05)).isZero();
        assertThat(f.quantile(0.7)).isZero();
        assertThat(f.quantile(0.95)).isEqualTo(new Generic(f).quantile(0.95));
        assertThat(f.quantile(0.99)).isEqualTo(new Generic(f).quantile(0.99));
        assertThat(f.probabilityAbove(0)).isCloseTo(0.3, within(1e-12));
        assertThat(f.probabilityAbove(25)).isCloseTo(0.06, within(1e-12));
    }

    @Test
    void averagePrecisionIsUndefinedWhenEveryOutcomeIsPositive() {
        OptionalDouble single = AveragePrecision.of(new double[] {0.2, 0.9}, new boolean[] {true, true});
        OptionalDouble none = AveragePrecision.of(new double[] {0.2, 0.9}, new boolean[] {false, false});
        OptionalDouble mixed = AveragePrecision.of(new double[] {0.2, 0.9}, new boolean[] {false, true});
        assertThat(single).isEmpty();
        assertThat(none).isEmpty();
        assertThat(mixed).hasValue(1.0);
    }
}
