package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkTests {

    /** Two units over 24 months: unit a is violent only in year one, unit b has 4 deaths in month 24. */
    private static Panel panel() {
        double[][] values = new double[2][24];
        values[0][0] = 100;
        values[0][5] = 50;
        values[1][23] = 4;
        values[1][20] = 2;
        return Panel.of(Cadence.MONTHLY, List.of("a", "b"), Cadence.MONTHLY.firstPeriodOf(2020), values);
    }

    @Test
    void bootstrapDrawsOnlyFromAllUnitsLastTwelveMonths() {
        Map<String, PredictiveDistribution> f = new BootstrapBenchmark(3, 1000).forecast(panel(), 1);
        PredictiveDistribution a = f.get("a");
        assertThat(a).isSameAs(f.get("b"));
        // pool: 22 zeros, one 2, one 4 -> never 50 or 100
        assertThat(a.probabilityAbove(4)).isZero();
        assertThat(a.probabilityAbove(0)).isCloseTo(2 / 24.0, within(0.03));
        assertThat(((EmpiricalDistribution) a).size()).isEqualTo(1000);
    }

    @Test
    void poissonBenchmarkIsCentredOnEachUnitsLastMonth() {
        Map<String, PredictiveDistribution> f = new LastObservedPoissonBenchmark().forecast(panel(), 6);
        assertThat(f.get("a").mean()).isZero();
        assertThat(f.get("a").probabilityAbove(0)).isZero();
        assertThat(f.get("b").mean()).isEqualTo(4.0);
        assertThat(f.get("b").probabilityAbove(0)).isCloseTo(1 - Math.exp(-4), within(1e-12));
    }

    @Test
    void zeroBenchmarkForecastsNoFatalitiesAnywhere() {
        Map<String, PredictiveDistribution> f = new ZeroBenchmark().forecast(panel(), 12);
        assertThat(f).hasSize(2);
        assertThat(f.values()).allSatisfy(d -> assertThat(d.probabilityAbove(0)).isZero());
        assertThat(f.get("b").crps(7)).isEqualTo(7.0);
    }

    @Test
    void hurdleModelGivesRecentViolenceAHigherChanceThanLongQuiet() {
        double[][] values = new double[6][120];
        for (int u = 0; u < 3; u++) {
            for (int t = 0; t < 120; t += 2 + u) {
                values[u][t] = 5 + t % 7;
            }
        }
        Panel p = Panel.of(Cadence.MONTHLY, List.of("u0", "u1", "u2", "q3", "q4", "q5"), 24_000, values);
        Map<String, PredictiveDistribution> f = new HurdleHistoryModel(1.0, 10).forecast(p, 1);
        assertThat(f.get("u0").probabilityAbove(0)).isGreaterThan(0.3);
        assertThat(f.get("q3").probabilityAbove(0)).isLessThan(0.05);
        assertThat(f.get("u0").mean()).isGreaterThan(f.get("q3").mean());
    }
}
