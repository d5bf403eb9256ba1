package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelForecastTests {

    static final int END_A = Cadence.MONTHLY.lastPeriodOf(2012);
    static final int END_B = Cadence.MONTHLY.lastPeriodOf(2014) - 3;

    @Test
    void eachUnitIsObservedUntilItsOwnCountrysLastMonth() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        int a = unitOf(panel, "AAA");
        int b = unitOf(panel, "BBB");

        assertThat(panel.lastObserved(a)).isEqualTo(END_A);
        assertThat(panel.lastObserved(b)).isEqualTo(END_B);
        assertThat(panel.isObserved(a, END_A + 1)).isFalse();
        assertThat(panel.lastPeriod()).isEqualTo(END_B);
        // the eight cells around every cell with events are units too: 12 x 6 block plus its border
        assertThat(panel.units()).hasSize(14 * 8);
    }

    @Test
    void featuresAtAMonthDoNotChangeWhenLaterMonthsDo() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        int cutoff = END_A - 30;
        FeatureTable full = FeatureTable.of(panel, cutoff - 40, panel.lastPeriod());
        FeatureTable cut = FeatureTable.of(panel.until(cutoff), cutoff - 40, cutoff);
        for (int u = 0; u < panel.units().size(); u++) {
            for (int f = 0; f < FeatureTable.NAMES.size(); f++) {
                assertThat(cut.bin(f, u, cutoff)).isEqualTo(full.bin(f, u, cutoff));
            }
        }
        assertThatThrownBy(() -> panel.until(cutoff).value(0, cutoff + 1))
                .isInstanceOf(ObservationBeyondCutoffException.class);
    }

    @Test
    void aModelPreparedAtACutoffForecastsTheSameWhateverHappensAfterIt() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        int cutoff = END_A - 24;
        ConflictPanel altered = SyntheticConflict.grid(END_A, END_B);
        List<ConflictPanel.UnitMonth> cells = SyntheticConflict.cells(END_A, END_B, 7);
        List<ConflictPanel.UnitMonth> changed = new ArrayList<>();
        for (ConflictPanel.UnitMonth c : cells) {
            changed.add(
                    c.period() > cutoff
                            ? new ConflictPanel.UnitMonth(c.unit(), c.country(), c.period(), 1000, 1000)
                            : c);
        }
        altered = ConflictPanel.grid(
                changed,
                SyntheticConflict.countries(changed),
                SyntheticConflict.FIRST,
                Map.of("AAA", END_A, "BBB", END_B),
                ConflictNeighbourhood.none());
        GradientBoostedHurdle model = SyntheticConflict.model();
        int from = cutoff - 12 * 6 - 12 - 6;
        PanelForecaster.Prepared original =
                model.prepare(FeatureTable.of(panel, from, panel.lastPeriod()), panel, cutoff, 6);
        PanelForecaster.Prepared future =
                model.prepare(FeatureTable.of(altered, from, altered.lastPeriod()), altered, cutoff, 6);
        for (int u = 0; u < panel.units().size(); u++) {
            PredictiveDistribution x = original.forecast(u, cutoff);
            PredictiveDistribution y = future.forecast(u, cutoff);
            assertThat(y.mean()).isEqualTo(x.mean());
            assertThat(y.quantile(0.95)).isEqualTo(x.quantile(0.95));
        }
    }

    @Test
    void theSameSeedGivesTheSameForecastsAndEveryForecastHasAThousandSizeSamples() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        FeatureTable features = FeatureTable.of(panel, END_B - 100, END_B);
        PanelForecaster.Prepared first = SyntheticConflict.model().prepare(features, panel, END_B, 3);
        PanelForecaster.Prepared second = SyntheticConflict.model().prepare(features, panel, END_B, 3);
        Map<Integer, Double> means = new HashMap<>();
        for (int u = 0; u < panel.units().size(); u++) {
            HurdleSamples f = (HurdleSamples) first.forecast(u, panel.lastObserved(u));
            assertThat(f.sizes().size()).isEqualTo(1000);
            assertThat(second.forecast(u, panel.lastObserved(u)).mean()).isEqualTo(f.mean());
            means.put(u, f.mean());
        }
        assertThat(means.values().stream().distinct().count()).isGreaterThan(10);
    }

    @Test
    void theModelBeatsTheZeroForecastOnTheMadeUpConflict() {
        ConflictPanel panel = SyntheticConflict.grid(END_B, END_B);
        FeatureTable features = FeatureTable.of(panel, SyntheticConflict.FIRST, panel.lastPeriod());
        BacktestReport report = new PanelBacktest(List.of(SyntheticConflict.model(), PanelBenchmarks.zero()))
                .run(panel, features, new BacktestRequest("made up", "GRID", List.of(2013), List.of(1)), c -> true);
        assertThat(report.averageCrps(GradientBoostedHurdle.NAME)).isLessThan(report.averageCrps(PanelBenchmarks.ZERO));
        assertThat(report.averagePrecision(GradientBoostedHurdle.NAME).orElseThrow())
                .isGreaterThan(report.averagePrecision(PanelBenchmarks.ZERO).orElseThrow());
    }

    @Test
    void aBacktestScoresOnlyTheChosenCountriesAndOnlyWhileTheyAreObserved() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        BacktestRequest request = new BacktestRequest("made up", "GRID", List.of(2012, 2014), List.of(1, 3));
        List<PanelForecaster> zero = List.of(PanelBenchmarks.zero());
        BacktestReport onlyA = new PanelBacktest(zero).run(panel, null, request, "AAA"::equals);
        BacktestReport both = new PanelBacktest(zero).run(panel, null, request, c -> true);
        long unitsOfA = panel.units().stream()
                .filter(u -> panel.countryOf(panel.units().indexOf(u)).equals("AAA"))
                .count();

        assertThat(onlyA.windows()).allSatisfy(w -> assertThat(w.testYear()).isEqualTo(2012));
        assertThat(onlyA.windows().get(0).scores().forecasts()).isEqualTo(12 * (int) unitsOfA);
        WindowResult late = both.windows().stream()
                .filter(w -> w.testYear() == 2014)
                .findFirst()
                .orElseThrow();
        assertThat(late.scores().forecasts()).isEqualTo(9 * (panel.units().size() - (int) unitsOfA));
    }

    @Test
    void theBenchmarksReadOnlyTheOriginsHistory() {
        ConflictPanel panel = SyntheticConflict.grid(END_A, END_B);
        int unit = unitOf(panel, "AAA");
        int origin = END_A - 5;
        double sum = 0;
        for (int t = origin - 11; t <= origin; t++) {
            sum += panel.value(unit, t);
        }
        PredictiveDistribution trailing =
                PanelBenchmarks.trailingMean().prepare(null, panel, origin, 1).forecast(unit, origin);
        PredictiveDistribution last =
                PanelBenchmarks.poissonLast().prepare(null, panel, origin, 1).forecast(unit, origin);
        assertThat(trailing.mean()).isEqualTo(sum / 12);
        assertThat(last.mean()).isEqualTo(panel.value(unit, origin));
    }

    private static int unitOf(ConflictPanel panel, String country) {
        for (int u = 0; u < panel.units().size(); u++) {
            if (panel.countryOf(u).equals(country)) {
                return u;
            }
        }
        throw new AssertionError(country);
    }
}
