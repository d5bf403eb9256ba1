package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.cooperation.Language;
import org.junit.jupiter.api.Test;

class ProgressRollupTests {

    @Test
    void indicatorProgressIsTheShareOfTheWayFromBaselineToTarget() {
        Indicator trained = indicator(IndicatorMeasure.UNIT, "100", "300", period("2024", null, "200"));

        assertThat(ProgressRollup.indicator(trained)).contains(new BigDecimal("0.5000"));
    }

    @Test
    void descendingIndicatorsCountProgressDownwards() {
        Indicator incidents = new Indicator(
                LocalizedText.of(Language.EN, "Mine incidents per year"),
                IndicatorMeasure.UNIT,
                false,
                Optional.of(new BigDecimal("80")),
                Optional.of(2022),
                Optional.of(new BigDecimal("20")),
                List.of(period("2024", null, "50")));

        assertThat(ProgressRollup.indicator(incidents)).contains(new BigDecimal("0.5000"));
    }

    @Test
    void progressIsClampedAndTakesTheLatestActual() {
        Indicator overshoot = indicator(
                IndicatorMeasure.PERCENTAGE, null, "40", period("2025", null, "60"), period("2024", null, "10"));

        assertThat(ProgressRollup.indicator(overshoot)).contains(new BigDecimal("1.0000"));
    }

    @Test
    void qualitativeOrUnmeasuredIndicatorsAreLeftOut() {
        Indicator qualitative = indicator(IndicatorMeasure.QUALITATIVE, "0", "1", period("2024", null, "1"));
        Indicator noActual = indicator(IndicatorMeasure.UNIT, "0", "10", period("2024", "5", null));
        Indicator periodTarget = indicator(IndicatorMeasure.UNIT, "0", null, period("2024", "8", "2"));

        assertThat(ProgressRollup.indicator(qualitative)).isEmpty();
        assertThat(ProgressRollup.indicator(noActual)).isEmpty();
        assertThat(ProgressRollup.indicator(periodTarget)).contains(new BigDecimal("0.2500"));
    }

    @Test
    void projectAndPriorityAreaProgressAreMeansOfMeasurableParts() {
        Result result = new Result(
                LocalizedText.of(Language.EN, "Capacity built"),
                1,
                List.of(
                        indicator(IndicatorMeasure.UNIT, "0", "10", period("2024", null, "10")),
                        indicator(IndicatorMeasure.UNIT, "0", "10", period("2024", null, "0")),
                        indicator(IndicatorMeasure.NOMINAL, "0", "10", period("2024", null, "10"))));
        Result halfway = new Result(
                LocalizedText.of(Language.EN, "Half"),
                2,
                List.of(indicator(IndicatorMeasure.UNIT, "0", "4", period("2024", null, "1"))));

        assertThat(ProgressRollup.project(List.of(result))).contains(new BigDecimal("0.5000"));
        var byArea = ProgressRollup.byPriorityArea(List.of(
                new ProgressRollup.ProjectResults(
                        Set.of(PriorityArea.of("III.4"), PriorityArea.of("III.12")), List.of(result)),
                new ProgressRollup.ProjectResults(Set.of(PriorityArea.of("III.4")), List.of(halfway)),
                new ProgressRollup.ProjectResults(Set.of(PriorityArea.of("III.9")), List.of())));

        assertThat(byArea).containsOnlyKeys(PriorityArea.of("III.4"), PriorityArea.of("III.12"));
        assertThat(byArea.get(PriorityArea.of("III.4"))).isEqualByComparingTo("0.375");
        assertThat(byArea.get(PriorityArea.of("III.12"))).isEqualByComparingTo("0.5");
    }

    static Indicator indicator(IndicatorMeasure measure, String baseline, String target, IndicatorPeriod... periods) {
        return new Indicator(
                LocalizedText.of(Language.EN, "Officers trained"),
                measure,
                true,
                Optional.ofNullable(baseline).map(BigDecimal::new),
                Optional.empty(),
                Optional.ofNullable(target).map(BigDecimal::new),
                List.of(periods));
    }

    static IndicatorPeriod period(String year, String target, String actual) {
        return new IndicatorPeriod(
                LocalDate.parse(year + "-01-01"),
                LocalDate.parse(year + "-12-31"),
                Optional.ofNullable(target).map(BigDecimal::new),
                Optional.ofNullable(actual).map(BigDecimal::new));
    }
}
