package org.gsi.earlywarning.internal.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.gsi.earlywarning.internal.ingest.indicators.MonthlySeries;
import org.junit.jupiter.api.Test;

class AlertRuleTests {

    private static final YearMonth START = YearMonth.of(2022, 1);
    private static final YearMonth THIRTEENTH = YearMonth.of(2023, 1);

    /** Twelve months of 4 and 6 (mean 5, population standard deviation 1), then the given month. */
    private static MonthlySeries history(double last) {
        return new MonthlySeries(START, new double[] {4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, last});
    }

    @Test
    void escalationFiresAboveMeanPlusKDeviationsAndExplainsItself() {
        var alert = new EscalationRule(2, 3).evaluate("CAF", "Fatalities", history(9), THIRTEENTH);

        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(a.explanation())
                    .isEqualTo("Fatalities in CAF in 2023-01 was 9, 4 above the trailing 12-month"
                            + " mean of 5 (standard deviation 1); the rule fires above 7 (mean + 2 standard deviations)"
                            + " when the rise is at least 3.");
            assertThat(a.numbers()).containsEntry("mean", 5.0).containsEntry("standardDeviation", 1.0);
        });
    }

    @Test
    void escalationNeedsBothTheDeviationsAndTheMinimumRise() {
        assertThat(new EscalationRule(2, 5).evaluate("CAF", "Fatalities", history(9), THIRTEENTH))
                .isEmpty();
        assertThat(new EscalationRule(2, 0).evaluate("CAF", "Fatalities", history(7), THIRTEENTH))
                .isEmpty();
        assertThat(new EscalationRule(2, 0).evaluate("CAF", "Fatalities", history(7.5), THIRTEENTH))
                .isPresent();
    }

    @Test
    void escalationNeedsTwelveObservedMonthsBefore() {
        MonthlySeries shortHistory = new MonthlySeries(START, new double[] {0, 0, 50});

        assertThat(new EscalationRule(1, 1).evaluate("CAF", "Fatalities", shortHistory, START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void onsetFiresOnFirstEventsAfterTwelveQuietMonths() {
        double[] values = new double[15];
        values[14] = 3;
        MonthlySeries series = new MonthlySeries(START, values);

        var alert = new OnsetRule(12).evaluate("MLI/Mopti", "Events", series, START.plusMonths(14));

        assertThat(alert)
                .hasValueSatisfying(a -> assertThat(a.explanation())
                        .isEqualTo("Events in MLI/Mopti in 2023-03 was 3 after 14 months with none"
                                + " (the rule asks for at least 12 quiet months)."));
    }

    @Test
    void onsetStaysSilentWhenTheQuietSpellIsShortOrUnobserved() {
        double[] values = new double[15];
        values[3] = 1;
        values[14] = 3;

        assertThat(new OnsetRule(12).evaluate("MLI", "Events", new MonthlySeries(START, values), START.plusMonths(14)))
                .isEmpty();
        assertThat(new OnsetRule(12)
                        .evaluate(
                                "MLI", "Events", new MonthlySeries(START, new double[] {0, 0, 3}), START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void thresholdFiresOnlyWhenCrossedUpwards() {
        MonthlySeries series = new MonthlySeries(START, new double[] {10, 30, 40});

        assertThat(new ThresholdRule(25).evaluate("SDN", "Fatalities", series, START.plusMonths(1)))
                .hasValueSatisfying(
                        a -> assertThat(a.explanation())
                                .isEqualTo(
                                        "Fatalities in SDN rose from 10 in 2022-01 to 30 in 2022-02, crossing the threshold of 25."));
        assertThat(new ThresholdRule(25).evaluate("SDN", "Fatalities", series, START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void forecastProbabilityAboveTheLevelFires() {
        var rule = new ForecastProbabilityRule(0.5);

        assertThat(rule.evaluate("ETH", YearMonth.of(2025, 3), "more than 25 fatalities", 0.62))
                .hasValueSatisfying(a -> assertThat(a.explanation())
                        .isEqualTo("The forecast gives ETH a probability"
                                + " of 62 % of more than 25 fatalities in 2025-03, above the alert level of 50 %."));
        assertThat(rule.evaluate("ETH", YearMonth.of(2025, 3), "more than 25 fatalities", 0.5))
                .isEmpty();
    }
}
