package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

class RandomizedPitTests {

    private static final int UNITS = 6_000;
    private static final int SAMPLES = 1_000;
    /** Unit means as in the grid panels: most cells almost never have fatalities, a few have many. */
    private static final double[] MEANS = {0.02, 0.05, 0.2, 1.0, 5.0, 40.0};

    private static final double TRUE_DISPERSION = 2.0;

    /**
     * One month of forecasts for many units: the outcome of each unit is drawn from its true negative binomial, the
     * forecast is {@value #SAMPLES} samples of the distribution that {@code forecastOf} gives for the unit's mean.
     */
    private static WindowScores window(DoubleFunction<PredictiveDistribution> forecastOf, long seed) {
        Random random = new Random(seed);
        List<ForecastOutcome> outcomes = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            double mean = MEANS[u % MEANS.length];
            int observed = new NegativeBinomial(mean, TRUE_DISPERSION).sample(1, random)[0];
            int[] draws = forecastOf.apply(mean).sample(SAMPLES, random);
            EmpiricalDistribution forecast = new EmpiricalDistribution(
                    Arrays.stream(draws).asDoubleStream().toArray());
            outcomes.add(new ForecastOutcome("cell-" + u, 400, forecast, observed));
        }
        return WindowScores.of(outcomes);
    }

    @Test
    void samplesOfTheTrueDistributionCoverNinetyPercentByThePitWhileTheirIntervalsCoverNearlyAll() {
        WindowScores scores = window(mean -> new NegativeBinomial(mean, TRUE_DISPERSION), 11);
        assertThat(scores.pitCoverage90()).isCloseTo(0.90, within(0.015));
        // the interval [q05, q95] of a forecast with more than 95 % on zero is [0, 0]: it covers by discreteness
        assertThat(scores.coverage90()).isGreaterThan(0.96);
    }

    @Test
    void anOverDispersedForecastCoversMoreThanNinetyPercentAndAnUnderDispersedOneLess() {
        WindowScores over = window(mean -> new NegativeBinomial(mean, 4 * TRUE_DISPERSION), 12);
        WindowScores under = window(Poisson::new, 13);
        assertThat(over.pitCoverage90()).isGreaterThan(0.92);
        assertThat(under.pitCoverage90()).isLessThan(0.88);
    }

    @Test
    void thePitOfACountSpreadsUniformlyOverItsStepOfTheCdf() {
        // P(0) = 0.6, P(1) = 0.3, P(2) = 0.1
        EmpiricalDistribution f = new EmpiricalDistribution(new double[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 2});
        assertThat(RandomizedPit.of(f, 0, 0.5)).isCloseTo(0.30, within(1e-12));
        assertThat(RandomizedPit.of(f, 1, 0.5)).isCloseTo(0.75, within(1e-12));
        assertThat(RandomizedPit.of(f, 2, 0.0)).isCloseTo(0.90, within(1e-12));
        assertThat(RandomizedPit.covered(f, 0, 0.05)).isFalse(); // u = 0.03
        assertThat(RandomizedPit.covered(f, 0, 0.10)).isTrue(); // u = 0.06
        assertThat(RandomizedPit.covered(f, 2, 0.60)).isFalse(); // u = 0.96
    }

    @Test
    void theUniformDrawOfAnOutcomeIsTheSameOnEveryRunAndDiffersBetweenOutcomes() {
        double v = RandomizedPit.uniform("GRID:149426", 372);
        assertThat(RandomizedPit.uniform("GRID:149426", 372)).isEqualTo(v);
        assertThat(RandomizedPit.uniform("GRID:149426", 373)).isNotEqualTo(v);
        assertThat(RandomizedPit.uniform("GRID:149427", 372)).isNotEqualTo(v);
        double[] draws = new double[10_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = RandomizedPit.uniform("unit-" + (i % 100), i / 100);
        }
        assertThat(Arrays.stream(draws).average().orElseThrow()).isCloseTo(0.5, within(0.01));
        assertThat(Arrays.stream(draws).filter(d -> d < 0.05).count() / (double) draws.length)
                .isCloseTo(0.05, within(0.006));
    }
}
