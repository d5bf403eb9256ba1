package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused pledge or delivery report comes back as its form, the reason next to the field, all typed kept. */
@PlatformTest
class PledgeFormRefusalTests {

    @LocalServerPort
    int port;

    static Map<String, String> pledge(String periodEnd) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("text", "Twenty places in the customs course");
        form.put("unit", "training_places");
        form.put("target", "20");
        form.put("periodStart", "2027-01-01");
        form.put("periodEnd", periodEnd);
        form.put("priorityAreas", "III.12");
        form.put("beneficiaryRule", "parties");
        form.put("beneficiaries", "ETH");
        form.put("madeAt", "Ministerial 2027");
        form.put("visibility", "public");
        return form;
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsSaidNextToTheEndWithThePledgeAsTyped() {
        PageSession china = PageSession.login(port, "china");

        PageSession.Page refused = china.post("/commitments/new", "/commitments", pledge("2026-06-30"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"commitments-pledge-refusal\"")
                .contains("id=\"periodEnd-error\">Give the last day of the pledge period, not before its first day.")
                .contains(">Twenty places in the customs course</textarea>")
                .contains("value=\"20\"", "value=\"2027-01-01\"", "value=\"2026-06-30\"", "value=\"Ministerial 2027\"")
                .containsPattern("<option value=\"training_places\" selected=\"selected\"")
                .containsPattern("<option value=\"parties\" selected=\"selected\"")
                .containsPattern("<option value=\"public\" selected=\"selected\"")
                .containsPattern("<option value=\"ETH\" selected=\"selected\">Ethiopia · ETH</option>");
    }

    @Test
    void aDeliveryOutsideThePledgePeriodComesBackOnThePledgePageWithTheQuantityKept() {
        PageSession china = PageSession.login(port, "china");
        PageSession.Page made = china.post(
                "/commitments/new",
                "/commitments",
                pledge(LocalDate.now().plusYears(1).toString()));
        assertThat(made.status()).isEqualTo(302);
        String page = made.location().replaceFirst("^https?://[^/]+", "");

        PageSession.Page refused = china.post(
                page,
                page + "/deliveries",
                Map.of("quantity", "3", "unit", "training_places", "date", "2026-12-31", "evidence", "Roster 12"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"commitments-delivery-refusal\"")
                .contains("id=\"date-error\">The date must lie in the pledge period and not in the future.")
                .contains("value=\"3\"", "value=\"2026-12-31\"", "value=\"Roster 12\"");
    }
}
