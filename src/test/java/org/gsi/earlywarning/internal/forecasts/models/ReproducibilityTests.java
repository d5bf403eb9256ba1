package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Test;

class ReproducibilityTests {

    private static final BacktestRequest REQUEST = new BacktestRequest("GED", "COUNTRY", List.of(2021), List.of(1, 6));

    @Test
    void theSameSeedGivesTheSameBacktestScores() {
        Panel panel = ForecastData.gedCar(UnitLevel.COUNTRY);
        BacktestReport first = new Backtest(List.of(ForecastBacktests.countModel())).run(panel, REQUEST);
        BacktestReport second = new Backtest(List.of(ForecastBacktests.countModel())).run(panel, REQUEST);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDifferentSeedDrawsADifferentBootstrap() {
        Panel panel = ForecastData.gedCar(UnitLevel.COUNTRY).until(Cadence.MONTHLY.lastPeriodOf(2021));
        int[] a = new BootstrapBenchmark(1, 1000).forecast(panel, 1).get("482").sample(1000, new Random(5));
        int[] b = new BootstrapBenchmark(2, 1000).forecast(panel, 1).get("482").sample(1000, new Random(5));
        int[] c = new BootstrapBenchmark(1, 1000).forecast(panel, 1).get("482").sample(1000, new Random(5));
        assertThat(a).isEqualTo(c).isNotEqualTo(b);
    }
}
