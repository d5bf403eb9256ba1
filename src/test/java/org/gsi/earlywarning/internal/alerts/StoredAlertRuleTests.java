package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class StoredAlertRuleTests {

    private static final YearMonth START = YearMonth.of(2022, 1);

    private static RuleRequest request(String kind, Double k, Double n, Double threshold, Double p) {
        return new RuleRequest(null, null, null, kind, null, null, k, n, threshold, null, p, null, null);
    }

    @Test
    void aStoredEscalationRuleComputesMeanAndDeviationOverTheTwelveMonthsBefore() {
        // 2, 4, 2, 4 ... : mean 3, population standard deviation 1; 3 + 1.5 * 1 = 4.5 < 8, rise 5 >= 5.
        MonthlySeries series = new MonthlySeries(START, new double[] {2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 8});
        AlertRule rule = AlertRule.validated(
                UUID.randomUUID(), AlertRule.Scope.GLOBAL, null, null, request("escalation", 1.5, 5.0, null, null));

        var alert = rule.evaluate("MLI", series, START.plusMonths(12));

        assertThat(alert)
                .hasValueSatisfying(a -> assertThat(a.numbers())
                        .containsEntry("mean", 3.0)
                        .containsEntry("standardDeviation", 1.0)
                        .containsEntry("value", 8.0));
        AlertRule stricter = AlertRule.validated(
                UUID.randomUUID(), AlertRule.Scope.GLOBAL, null, null, request("escalation", 1.5, 5.5, null, null));
        assertThat(stricter.evaluate("MLI", series, START.plusMonths(12))).isEmpty();
    }

    @Test
    void aForecastRuleFiresAboveItsProbability() {
        AlertRule rule = AlertRule.validated(
                UUID.randomUUID(),
                AlertRule.Scope.GLOBAL,
                null,
                null,
                request("forecast-probability", null, null, null, 0.5));

        assertThat(rule.evaluateForecast("CAF", START, 0.62))
                .hasValueSatisfying(a -> assertThat(org.gsi.platform.Words.english(a.explanation()))
                        .isEqualTo(
                                "The forecast gives CAF a probability of 62 % of any fatality in January 2022, above the alert"
                                        + " level of 50 %."));
        assertThat(rule.evaluateForecast("CAF", START, 0.5)).isEmpty();
    }

    @Test
    void aSituationRuleAppliesToTheSituationsCountriesOnly() {
        AlertRule rule = new AlertRule(
                UUID.randomUUID(),
                AlertRule.Scope.SITUATION,
                null,
                UUID.randomUUID(),
                List.of("CAF", "TCD"),
                org.gsi.earlywarning.internal.alerts.Alert.AlertKind.ONSET,
                "events",
                null,
                new AlertRule.Parameters(null, null, null, 12, null, null));

        assertThat(rule.appliesTo("TCD")).isTrue();
        assertThat(rule.appliesTo("MLI")).isFalse();
    }

    @Test
    void invalidParametersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> AlertRule.validated(
                        UUID.randomUUID(),
                        AlertRule.Scope.GLOBAL,
                        null,
                        null,
                        request("escalation", -1.0, 1.0, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "k");
        assertThatThrownBy(() -> AlertRule.validated(
                        UUID.randomUUID(),
                        AlertRule.Scope.GLOBAL,
                        null,
                        null,
                        request("threshold-crossing", null, null, null, null)))
                .hasFieldOrPropertyWithValue("field", "threshold");
        assertThatThrownBy(() -> AlertRule.validated(
                        UUID.randomUUID(),
                        AlertRule.Scope.GLOBAL,
                        null,
                        null,
                        request("sometimes", null, null, null, null)))
                .hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void changedCountryMonthsAreGroupedPerCountry() {
        var grouped = AlertEvaluator.byCountry(List.of("CAF:2020-05-01", "CAF:2020-03-01", "TCD:2021-01-01"));

        assertThat(grouped).containsOnlyKeys("CAF", "TCD");
        assertThat(grouped.get("CAF")).containsExactly(YearMonth.of(2020, 3), YearMonth.of(2020, 5));
    }
}
