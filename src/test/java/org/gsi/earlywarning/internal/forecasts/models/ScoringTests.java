package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoringTests {

    @Test
    void sampleCrpsIsMeanAbsoluteErrorMinusHalfTheMeanSpread() {
        // samples {0, 2}, y = 1: E|X-y| = 1, E|X-X'| = (0 + 2 + 2 + 0) / 4 = 1, CRPS = 1 - 0.5
        assertThat(new EmpiricalDistribution(new double[] {0, 2}).crps(1)).isCloseTo(0.5, within(1e-12));
        // samples {1, 3, 8}, y = 0: E|X-y| = 4, E|X-X'| = 2 * (2 + 7 + 5) / 9, CRPS = 4 - 14 / 9
        assertThat(new EmpiricalDistribution(new double[] {8, 1, 3}).crps(0)).isCloseTo(4 - 14.0 / 9, within(1e-12));
    }

    @Test
    void closedFormCrpsOfIntegerDistributionsMatchesHandValues() {
        assertThat(new Poisson(0).crps(3)).isCloseTo(3.0, within(1e-12));
        assertThat(new Bernoulli(0.3).crps(1)).isCloseTo(0.49, within(1e-12));
        assertThat(new Bernoulli(0.3).crps(0)).isCloseTo(0.09, within(1e-12));
    }

    @Test
    void closedFormNegativeBinomialCrpsAgreesWithTheSampleEstimator() {
        NegativeBinomial nb = new NegativeBinomial(4.0, 1.5);
        int[] draws = nb.sample(40_000, new Random(7));
        double[] samples = java.util.Arrays.stream(draws).asDoubleStream().toArray();
        EmpiricalDistribution empirical = new EmpiricalDistribution(samples);
        for (int y : new int[] {0, 3, 20}) {
            assertThat(empirical.crps(y)).isCloseTo(nb.crps(y), within(0.03 * nb.crps(y) + 0.02));
        }
    }

    @Test
    void negativeBinomialProbabilitiesFollowThePmfRecursion() {
        // mu 2, alpha 0.5: r = 2, P(0) = (r / (r + mu))^r = 0.25, P(1) = P(0) * r * mu / (r + mu) = 0.25
        NegativeBinomial nb = new NegativeBinomial(2.0, 0.5);
        assertThat(nb.cdf(0)).isCloseTo(0.25, within(1e-12));
        assertThat(nb.cdf(1)).isCloseTo(0.5, within(1e-12));
        assertThat(nb.probabilityAbove(0)).isCloseTo(0.75, within(1e-12));
        assertThat(nb.quantile(0.5)).isEqualTo(1);
        assertThat(nb.probabilityAbove(25)).isBetween(0.0, 1e-3);
    }

    @Test
    void brierCrpsAndCoverageOfAWindowAreAveragesOverItsForecasts() {
        WindowScores scores = WindowScores.of(List.of(
                new ForecastOutcome("a", 1, new Bernoulli(0.8), 1),
                new ForecastOutcome("b", 1, new Bernoulli(0.4), 0),
                new ForecastOutcome("c", 1, new Poisson(0), 5),
                new ForecastOutcome("d", 1, new Poisson(0), 0)));
        // Brier: (0.04 + 0.16 + 1 + 0) / 4; CRPS: (0.04 + 0.16 + 5 + 0) / 4
        assertThat(scores.brier()).isCloseTo(0.3, within(1e-12));
        assertThat(scores.crps()).isCloseTo(1.3, within(1e-12));
        assertThat(scores.coverage90()).isCloseTo(0.75, within(1e-12));
        assertThat(scores.positives()).isEqualTo(2);
        // ranking by P(>0): a 0.8 (pos), b 0.4, c and d tied at 0 (one pos): AP = 0.5 * 1 + 0.5 * 2 / 4
        assertThat(scores.averagePrecision()).hasValueCloseTo(0.75, within(1e-12));
    }

    @Test
    void averagePrecisionRewardsPositivesRankedFirst() {
        double[] scores = {0.9, 0.8, 0.7, 0.1};
        boolean[] positive = {true, false, true, false};
        assertThat(AveragePrecision.of(scores, positive)).hasValueCloseTo(0.5 + 0.5 * 2 / 3.0, within(1e-12));
        assertThat(AveragePrecision.of(new double[] {0.5, 0.5}, new boolean[] {true, false}))
                .hasValueCloseTo(0.5, within(1e-12));
        assertThat(AveragePrecision.of(new double[] {0.5}, new boolean[] {false}))
                .isEmpty();
    }

    @Test
    void mixtureAndHurdlePlaceTheirMassWhereTheyShould() {
        PredictiveDistribution hurdle = new HurdleHistoryModel.Hurdle(0.4, new Poisson(0));
        assertThat(hurdle.cdf(0)).isCloseTo(0.6, within(1e-12));
        assertThat(hurdle.cdf(1)).isCloseTo(1.0, within(1e-12));
        PredictiveDistribution mix = new LinearPool.Mixture(new Poisson(0), new Bernoulli(1.0), 0.25);
        assertThat(mix.probabilityAbove(0)).isCloseTo(0.75, within(1e-12));
        assertThat(mix.mean()).isCloseTo(0.75, within(1e-12));
    }
}
