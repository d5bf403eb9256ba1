package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo scenario as visitors see it: pledges moved by completed courses, a forum with programme and delegations. */
@PlatformTest
class CommitmentsDemoTests {

    @LocalServerPort
    int port;

    @Test
    void theTrainingPledgeCountsTheCompletedDemoPlaces() {
        Api api = new Api(port);
        JsonNode pledge = api.get("/api/v1/commitments/" + DemoPledges.TRAINING_PLACES.value())
                .json();
        assertThat(pledge.get("target").asInt()).isEqualTo(5000);
        assertThat(pledge.get("delivered").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode finance =
                api.get("/api/v1/commitments/" + DemoPledges.AU_FINANCE.value()).json();
        assertThat(finance.get("currency").asString()).isEqualTo("USD");
        assertThat(finance.get("delivered").asLong()).isEqualTo(7_000_000L);
    }

    @Test
    void publicPagesShowTheDemoScenario() {
        Api api = new Api(port);
        assertThat(api.get("/commitments").body()).contains("5,000 training opportunities");
        assertThat(api.get("/commitments/" + DemoPledges.TRAINING_PLACES.value())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/commitments/parties/CHN").status()).isEqualTo(200);
        assertThat(api.get("/commitments/areas/III.12").body()).contains("5,000 training opportunities");
        assertThat(api.get("/training").body()).contains("Counter-terrorism investigation techniques");
        assertThat(api.get("/training/certificates?code=0000-0000-0000-0000").status())
                .isEqualTo(200);
        assertThat(api.get("/meetings").body())
                .contains("11th Beijing Xiangshan Forum", "CICA Senior Officials Committee");
        assertThat(api.get("/meetings?series=xiangshan-forum").body()).contains("11th Beijing Xiangshan Forum");
        assertThat(api.get("/calendar/mechanisms/cica.ics").body())
                .contains("BEGIN:VCALENDAR", "CICA Senior Officials");
        assertThat(api.get("/commitments/new", "china").status()).isEqualTo(200);
    }

    @Test
    void theForumHasAProgrammeAndDelegations() {
        Api api = new Api(port);
        JsonNode forum = api.get("/api/v1/meetings?series=xiangshan-forum")
                .json()
                .valueStream()
                .filter(m -> m.get("title").asString().contains("11th Beijing Xiangshan Forum"))
                .findFirst()
                .orElseThrow();
        assertThat(forum.get("sessions").size()).isGreaterThanOrEqualTo(5);
        String id = forum.get("id").asString();
        assertThat(api.get("/meetings/" + id).body()).contains("Opening ceremony");
        assertThat(api.get("/api/v1/meetings/" + id + "/delegations").json().size())
                .isGreaterThanOrEqualTo(5);
    }
}
