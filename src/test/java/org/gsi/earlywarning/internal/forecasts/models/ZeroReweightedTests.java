package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZeroReweightedTests {

    @Test
    void theNewProbabilityOfAFatalityHoldsForTheCdfQuantilesSamplesAndMean() {
        Poisson base = new Poisson(2.0);
        ZeroReweighted d = new ZeroReweighted(base, 0.3);

        assertThat(d.probabilityAbove(0)).isCloseTo(0.3, within(1e-12));
        assertThat(d.quantile(0.69)).isZero();
        assertThat(d.quantile(0.71)).isPositive();
        // given a fatality, the count is the base's given a fatality
        double positive = 1 - base.cdf(0);
        assertThat(d.cdf(3) - d.cdf(0)).isCloseTo(0.3 * (base.cdf(3) - base.cdf(0)) / positive, within(1e-12));
        assertThat(d.mean()).isCloseTo(0.3 * 2.0 / positive, within(1e-12));
        int[] samples = d.sample(20_000, new Random(7));
        double zeros = Arrays.stream(samples).filter(s -> s == 0).count() / 20_000.0;
        assertThat(zeros).isCloseTo(0.7, within(0.015));
    }

    @Test
    void aBaseWithAllItsMassOnZeroGivesOneFatalityWithTheNewProbability() {
        ZeroReweighted d = new ZeroReweighted(new Poisson(0.0), 0.2);
        assertThat(d.cdf(0)).isCloseTo(0.8, within(1e-12));
        assertThat(d.cdf(1)).isEqualTo(1.0);
        assertThat(d.mean()).isCloseTo(0.2, within(1e-12));
        assertThat(d.crps(1)).isCloseTo(0.64, within(1e-12)); // (F(0) - 0)^2 = 0.8^2
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new ZeroReweighted(new Poisson(1), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
