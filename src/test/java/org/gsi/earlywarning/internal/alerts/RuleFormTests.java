package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class RuleFormTests {

    @Test
    void aParameterThatIsNotANumberIsRefusedNamingItsField() {
        Map<String, String> typed = new HashMap<>(Map.of("kind", "escalation", "k", "two", "minRise", "3"));

        assertThatThrownBy(() -> RuleForm.of(typed).request())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("k"));
        typed.put("kind", "onset");
        typed.put("quietMonths", "12.5");
        assertThatThrownBy(() -> RuleForm.of(typed).request())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quietMonths"));
    }

    @Test
    void theFieldsOfAnotherKindAreIgnoredEvenWhenTheyAreNotNumbers() {
        var request = RuleForm.of(Map.of(
                        "kind",
                        "threshold-crossing",
                        "threshold",
                        "40",
                        "k",
                        "two",
                        "quietMonths",
                        "soon",
                        "horizon",
                        "3"))
                .request();

        assertThat(request.threshold()).isEqualTo(40.0);
        assertThat(request.k()).isNull();
        assertThat(request.quietMonths()).isNull();
        assertThat(request.horizon()).isNull();
    }

    @Test
    void aFormTakesDecimalCommasLeavesEmptyFieldsOutAndReadsTheCheckbox() {
        var request = RuleForm.of(
                        Map.of("scope", "global", "kind", "escalation", "k", "2,5", "minRise", " 3 ", "threshold", ""))
                .request();

        assertThat(request.k()).isEqualTo(2.5);
        assertThat(request.minRise()).isEqualTo(3.0);
        assertThat(request.threshold()).isNull();
        assertThat(request.category()).isNull();
        assertThat(request.enabled()).isFalse();
    }

    @Test
    void aStoredRuleFillsTheFormWithItsVersion() {
        RuleView stored = new RuleView(
                UUID.randomUUID(),
                "COUNTRY",
                "MLI",
                null,
                "THRESHOLD_CROSSING",
                "events",
                null,
                null,
                null,
                20.0,
                null,
                null,
                null,
                true,
                "gsi-secretariat",
                "secretariat",
                4,
                java.time.Instant.parse("2027-01-02T10:00:00Z"));

        RuleForm form = RuleForm.of(stored);

        assertThat(form.kind()).isEqualTo("threshold-crossing");
        assertThat(form.threshold()).isEqualTo("20");
        assertThat(form.version()).isEqualTo(4);
        assertThat(form.switched(false, 4).request().enabled()).isFalse();
        assertThat(form.request().threshold()).isEqualTo(20.0);
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheFieldsWhereTheStoredRuleDiffers() {
        RuleForm typed = RuleForm.of(Map.of(
                "scope",
                "country",
                "kind",
                "threshold-crossing",
                "metric",
                "events",
                "threshold",
                "633",
                "enabled",
                "on",
                "version",
                "0"));
        RuleForm stored = RuleForm.of(Map.of(
                "scope",
                "country",
                "kind",
                "threshold-crossing",
                "metric",
                "fatalities",
                "threshold",
                "622",
                "version",
                "1"));

        assertThat(typed.differencesFrom(stored))
                .containsExactly(
                        Map.entry("metric", "fatalities"),
                        Map.entry("threshold", "622"),
                        Map.entry("enabled", "false"));
        RuleForm resubmittable = typed.atVersion(1);
        assertThat(resubmittable.version()).isEqualTo(1);
        assertThat(resubmittable.threshold()).isEqualTo("633");
        assertThat(resubmittable.differencesFrom(typed)).isEmpty();
    }
}
