package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Test;

class NoLeakageTests {

    @Test
    void aViewRefusesToReadAnObservationAfterItsCutoff() {
        Panel panel = ForecastData.gedCar(UnitLevel.COUNTRY);
        int cutoff = Cadence.MONTHLY.lastPeriodOf(2018);
        Panel view = panel.until(cutoff);
        assertThat(view.lastPeriod()).isEqualTo(cutoff);
        assertThatThrownBy(() -> view.value(0, cutoff + 1))
                .isInstanceOf(ObservationBeyondCutoffException.class)
                .hasMessageContaining("2019-01")
                .hasMessageContaining("2018-12");
    }

    @Test
    void everyForecastInABacktestSeesOnlyDataUpToTargetMinusHorizon() {
        List<int[]> calls = new ArrayList<>();
        Forecaster spy = new Forecaster() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
                calls.add(new int[] {view.lastPeriod(), horizon});
                return new ZeroBenchmark().forecast(view, horizon);
            }
        };
        Panel panel = ForecastData.gedCar(UnitLevel.COUNTRY);
        new Backtest(List.of(spy)).run(panel, new BacktestRequest("GED", "COUNTRY", List.of(2021), List.of(1, 3)));
        assertThat(calls).hasSize(24);
        int firstTarget = Cadence.MONTHLY.firstPeriodOf(2021);
        for (int i = 0; i < 12; i++) {
            assertThat(calls.get(i)).containsExactly(firstTarget + i - 1, 1);
            assertThat(calls.get(12 + i)).containsExactly(firstTarget + i - 3, 3);
        }
    }

    @Test
    void changingObservationsAfterTheCutoffLeavesTheForecastUnchanged() {
        Panel panel = ForecastData.gedCar(UnitLevel.ADMIN1);
        int cutoff = Cadence.MONTHLY.lastPeriodOf(2020);
        double[][] altered = new double[panel.units().size()][];
        for (int u = 0; u < altered.length; u++) {
            altered[u] = new double[panel.lastPeriod() - panel.firstPeriod() + 1];
            for (int t = panel.firstPeriod(); t <= panel.lastPeriod(); t++) {
                altered[u][t - panel.firstPeriod()] = t > cutoff ? 1000 : panel.value(u, t);
            }
        }
        Map<Integer, int[]> neighbours = new java.util.HashMap<>();
        for (int u = 0; u < altered.length; u++) {
            neighbours.put(u, panel.neighboursOf(u));
        }
        Panel future = Panel.of(Cadence.MONTHLY, panel.units(), panel.firstPeriod(), altered)
                .withNeighbours(neighbours);
        Forecaster model = ForecastBacktests.countModel();
        Map<String, PredictiveDistribution> original = model.forecast(panel.until(cutoff), 3);
        Map<String, PredictiveDistribution> changed = model.forecast(future.until(cutoff), 3);
        for (String unit : panel.units()) {
            assertThat(changed.get(unit).mean()).isEqualTo(original.get(unit).mean());
            assertThat(changed.get(unit).quantile(0.95))
                    .isEqualTo(original.get(unit).quantile(0.95));
        }
    }
}
