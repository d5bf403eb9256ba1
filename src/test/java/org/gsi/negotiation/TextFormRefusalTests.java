package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused new text comes back with its form open, the reason next to the field and everything typed kept. */
@PlatformTest
class TextFormRefusalTests {

    @LocalServerPort
    int port;

    @Test
    void aFacilitatorWhoseTextExcludesTheAuthorsPartyIsRefusedNextToTheFacilitator() {
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");

        PageSession.Page refused = kazakhstan.post(
                "/texts",
                "/texts",
                Map.of(
                        "title", "Joint statement on water",
                        "rule", "qualified-majority",
                        "threshold", "0.67",
                        "participants", "CHN",
                        "facilitator", "ETH",
                        "visibility", "public"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"negotiation-text-refusal\"")
                .contains("<details class=\"panel\" open=\"open\">")
                .contains("id=\"facilitator-error\">Your party must facilitate the text or take part in it.</span>")
                .contains("value=\"Joint statement on water\"", "value=\"0.67\"")
                .containsPattern("<option value=\"qualified-majority\" selected=\"selected\"")
                .containsPattern("<option value=\"CHN\" selected=\"selected\">China · CHN</option>")
                .containsPattern("<option value=\"ETH\" selected=\"selected\">Ethiopia · ETH</option>");
    }

    @Test
    void aThresholdThatIsNotANumberIsSaidNextToTheThreshold() {
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");

        PageSession.Page refused = kazakhstan.post(
                "/texts",
                "/texts",
                Map.of(
                        "title",
                        "Draft",
                        "rule",
                        "qualified-majority",
                        "threshold",
                        "two thirds",
                        "participants",
                        "KAZ",
                        "facilitator",
                        "KAZ"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"threshold-error\">A qualified majority needs a threshold above 0 and at most 1")
                .contains("value=\"two thirds\"");
    }
}
