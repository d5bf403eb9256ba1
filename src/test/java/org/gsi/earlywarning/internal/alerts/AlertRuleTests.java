package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.platform.Words.english;

import java.time.YearMonth;
import java.util.Locale;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.platform.Message;
import org.gsi.platform.Words;
import org.junit.jupiter.api.Test;

class AlertRuleTests {

    private static final Message FATALITIES = Message.of("ewa.metric.fatalities");
    private static final Message EVENTS = Message.of("ewa.metric.events");
    private static final Message MORE_THAN_25 = Message.of("ewa.outcome.p_gt_25");
    private static final YearMonth START = YearMonth.of(2022, 1);
    private static final YearMonth THIRTEENTH = YearMonth.of(2023, 1);

    /** Twelve months of 4 and 6 (mean 5, population standard deviation 1), then the given month. */
    private static MonthlySeries history(double last) {
        return new MonthlySeries(START, new double[] {4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, last});
    }

    @Test
    void escalationFiresAboveMeanPlusKDeviationsAndExplainsItself() {
        var alert = new EscalationRule(2, 3).evaluate("CAF", FATALITIES, history(9), THIRTEENTH);

        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(english(a.explanation()))
                    .isEqualTo("Fatalities in CAF in January 2023 was 9, 4 above the trailing 12-month"
                            + " mean of 5 (standard deviation 1); the rule fires above 7 (mean + 2 standard deviations)"
                            + " when the rise is at least 3.");
            assertThat(a.numbers()).containsEntry("mean", 5.0).containsEntry("standardDeviation", 1.0);
        });
    }

    @Test
    void escalationNeedsBothTheDeviationsAndTheMinimumRise() {
        assertThat(new EscalationRule(2, 5).evaluate("CAF", FATALITIES, history(9), THIRTEENTH))
                .isEmpty();
        assertThat(new EscalationRule(2, 0).evaluate("CAF", FATALITIES, history(7), THIRTEENTH))
                .isEmpty();
        assertThat(new EscalationRule(2, 0).evaluate("CAF", FATALITIES, history(7.5), THIRTEENTH))
                .isPresent();
    }

    @Test
    void escalationNeedsTwelveObservedMonthsBefore() {
        MonthlySeries shortHistory = new MonthlySeries(START, new double[] {0, 0, 50});

        assertThat(new EscalationRule(1, 1).evaluate("CAF", FATALITIES, shortHistory, START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void onsetFiresOnFirstEventsAfterTwelveQuietMonths() {
        double[] values = new double[15];
        values[14] = 3;
        MonthlySeries series = new MonthlySeries(START, values);

        var alert = new OnsetRule(12).evaluate("MLI/Mopti", EVENTS, series, START.plusMonths(14));

        assertThat(alert)
                .hasValueSatisfying(a -> assertThat(english(a.explanation()))
                        .isEqualTo("Events in MLI/Mopti in March 2023 was 3 after 14 months with none"
                                + " (the rule asks for at least 12 quiet months)."));
    }

    @Test
    void anExplanationIsWrittenInTheReadersLanguageWithItsPluralForms() {
        double[] values = new double[15];
        values[14] = 3;
        var alert = new OnsetRule(12)
                .evaluate("MLI/Mopti", EVENTS, new MonthlySeries(START, values), START.plusMonths(14))
                .orElseThrow();

        assertThat(Words.in(Locale.FRENCH, alert.explanation()))
                .startsWith("Événements en MLI/Mopti en mars 2023 : 3 après 14 mois sans aucun")
                .contains("au moins 12 mois calmes");
        assertThat(Words.in(Locale.forLanguageTag("ru"), alert.explanation()))
                .startsWith("События в MLI/Mopti")
                .contains("после 14 месяцев", "не менее 12 спокойных месяцев");
    }

    @Test
    void onsetStaysSilentWhenTheQuietSpellIsShortOrUnobserved() {
        double[] values = new double[15];
        values[3] = 1;
        values[14] = 3;

        assertThat(new OnsetRule(12).evaluate("MLI", EVENTS, new MonthlySeries(START, values), START.plusMonths(14)))
                .isEmpty();
        assertThat(new OnsetRule(12)
                        .evaluate("MLI", EVENTS, new MonthlySeries(START, new double[] {0, 0, 3}), START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void thresholdFiresOnlyWhenCrossedUpwards() {
        MonthlySeries series = new MonthlySeries(START, new double[] {10, 30, 40});

        assertThat(new ThresholdRule(25).evaluate("SDN", FATALITIES, series, START.plusMonths(1)))
                .hasValueSatisfying(
                        a -> assertThat(english(a.explanation()))
                                .isEqualTo(
                                        "Fatalities in SDN rose from 10 in January 2022 to 30 in February 2022, crossing the threshold of 25."));
        assertThat(new ThresholdRule(25).evaluate("SDN", FATALITIES, series, START.plusMonths(2)))
                .isEmpty();
    }

    @Test
    void forecastProbabilityAboveTheLevelFires() {
        var rule = new ForecastProbabilityRule(0.5);

        assertThat(rule.evaluate("ETH", YearMonth.of(2025, 3), MORE_THAN_25, 0.62))
                .hasValueSatisfying(a -> assertThat(english(a.explanation()))
                        .isEqualTo("The forecast gives ETH a probability"
                                + " of 62 % of more than 25 fatalities in March 2025, above the alert level of 50 %."));
        assertThat(rule.evaluate("ETH", YearMonth.of(2025, 3), MORE_THAN_25, 0.5))
                .isEmpty();
    }
}
