package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Test;

class PooledPanelForecasterTests {

    private static PanelForecaster constant(String name, PredictiveDistribution d) {
        return PanelBenchmarks.named(name, (features, panel, trainedUntil, horizon) -> (unit, origin) -> d);
    }

    /** Half of P(> 0) = 0.5 for every unit, half a Poisson of mean 3. */
    private static PooledPanelForecaster uninformativePool() {
        return new PooledPanelForecaster(
                "pool",
                constant("model", new Bernoulli(0.5)),
                constant("other", new Poisson(3.0)),
                new int[] {1},
                new double[] {0.5});
    }

    @Test
    void thePoolMixesBothForecastsWithTheHorizonsWeightInterpolatedBetweenTheChosenHorizons() {
        PooledPanelForecaster pool = new PooledPanelForecaster(
                "pool",
                constant("model", new Bernoulli(1.0)),
                constant("other", new Poisson(0.0)),
                new int[] {1, 3, 12},
                new double[] {0.8, 0.6, 0.3});

        assertThat(pool.weight(1)).isEqualTo(0.8);
        assertThat(pool.weight(2)).isCloseTo(0.7, within(1e-12));
        assertThat(pool.weight(6)).isCloseTo(0.5, within(1e-12));
        assertThat(pool.weight(36)).isEqualTo(0.3);
        // P(> 0) of the pool is the model's weight times its P(> 0) = 1
        PredictiveDistribution at2 = pool.prepare(null, null, 0, 2).forecast(0, 0);
        assertThat(at2.probabilityAbove(0)).isCloseTo(0.7, within(1e-12));
        assertThat(at2.crps(1)).isCloseTo(0.09, within(1e-12)); // (F(0) - 1)^2 = 0.3^2
    }

    @Test
    void withStackingThePoolsProbabilityOfAFatalityFollowsTheHistoryAndItsCountGivenAFatalityStaysThePools() {
        ConflictPanel panel = OccurrenceStackingTests.persistentConflicts(5);
        PooledPanelForecaster plain = uninformativePool();
        PooledPanelForecaster stacked = plain.withOccurrenceStacking(12, 1.0);
        int cutoff = Cadence.MONTHLY.lastPeriodOf(2008);

        PredictiveDistribution before = plain.prepare(null, panel, cutoff, 1).forecast(0, cutoff);
        PredictiveDistribution active = stacked.prepare(null, panel, cutoff, 1).forecast(0, cutoff);
        PredictiveDistribution quiet = stacked.prepare(null, panel, cutoff, 1).forecast(39, cutoff);

        // unstacked, every unit gets the same P(> 0): 0.5 x 0.5 + 0.5 x (1 - e^-3)
        assertThat(before.probabilityAbove(0)).isCloseTo(0.25 + 0.5 * (1 - Math.exp(-3)), within(1e-12));
        assertThat(active.probabilityAbove(0)).isGreaterThan(0.7);
        assertThat(quiet.probabilityAbove(0)).isLessThan(0.2);
        double given = (before.cdf(4) - before.cdf(0)) / before.probabilityAbove(0);
        assertThat((active.cdf(4) - active.cdf(0)) / active.probabilityAbove(0)).isCloseTo(given, within(1e-12));
        assertThat(plain.stacksOccurrence()).isFalse();
    }

    @Test
    void theStackingReadsNothingAfterTheCutOff() {
        ConflictPanel panel = OccurrenceStackingTests.persistentConflicts(5);
        PooledPanelForecaster stacked = uninformativePool().withOccurrenceStacking(12, 1.0);
        int cutoff = Cadence.MONTHLY.lastPeriodOf(2008);
        // the panel cut at the cut-off refuses any later read, and gives the same forecasts as the whole panel
        PanelForecaster.Prepared whole = stacked.prepare(null, panel, cutoff, 6);
        PanelForecaster.Prepared cut = stacked.prepare(null, panel.until(cutoff), cutoff, 6);
        for (int u = 0; u < panel.units().size(); u++) {
            assertThat(cut.forecast(u, cutoff).probabilityAbove(0))
                    .isEqualTo(whole.forecast(u, cutoff).probabilityAbove(0));
        }
    }

    @Test
    void weightsOutsideZeroToOneOrHorizonsOutOfOrderAreRefused() {
        PanelForecaster a = constant("a", new Poisson(1));
        assertThatThrownBy(() -> new PooledPanelForecaster("p", a, a, new int[] {1, 3}, new double[] {0.5, 1.5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PooledPanelForecaster("p", a, a, new int[] {3, 1}, new double[] {0.5, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountryLevelPoolsTheTreesWithTheTrailingMeanAndTheGridKeepsTheTreesAlone() {
        PanelForecaster country = ForecastBacktests.panelModel(UnitLevel.COUNTRY);
        assertThat(country.name()).isEqualTo("gbt-hurdle+trailing-mean-12");
        assertThat(((PooledPanelForecaster) country).weight(1)).isEqualTo(0.80);
        assertThat(((PooledPanelForecaster) country).weight(24)).isEqualTo(0.50);
        assertThat(((PooledPanelForecaster) country).stacksOccurrence()).isTrue();
        assertThat(ForecastBacktests.panelModel(UnitLevel.GRID).name()).isEqualTo("gbt-hurdle");
    }
}
