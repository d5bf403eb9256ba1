package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class DemoContentTests {

    @LocalServerPort
    int port;

    @Test
    void demoStatementIsNegotiatedAmongFourteenPartiesWithBracketsAndAReservation() {
        Api api = new Api(port);
        JsonNode list = api.get("/api/v1/texts?q=%5BDemo%5D%20Joint%20statement", "china")
                .json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        String id = list.get("items").get(0).get("id").asString();
        JsonNode text = api.get("/api/v1/texts/" + id, "african-union").json();
        assertThat(text.get("demo").asBoolean()).isTrue();
        assertThat(text.get("participants")).hasSize(14);
        assertThat(text.get("readings")).hasSize(1);
        assertThat(text.toString())
                .contains("[Option 1: twice a year (RUS, KAZ)]")
                .contains("reservation");
        JsonNode map = api.get("/api/v1/texts/" + id + "/comfort-map", "china").json();
        assertThat(map.get("agreed").asInt()).isBetween(3, 6);
        assertThat(map.get("totals").get("cannot-accept").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(map.get("whereToWorkNext").get(0).asString()).isIn("OP2", "OP4");
    }

    @Test
    void demoTrackHasAnAppointedMediatorAndTwoSessions() {
        Api api = new Api(port);
        JsonNode list =
                api.get("/api/v1/dialogues?party=KAZ&size=100", "kazakhstan").json();
        JsonNode demo = null;
        for (JsonNode t : list.get("items")) {
            if (t.get("demo").asBoolean()) {
                demo = t;
            }
        }
        assertThat(demo).isNotNull();
        String id = demo.get("id").asString();
        JsonNode track = api.get("/api/v1/dialogues/" + id, "kazakhstan").json();
        assertThat(track.get("mediations").get(0).get("status").asString()).isEqualTo("appointed");
        assertThat(track.get("sessions")).hasSize(2);
        assertThat(api.get("/api/v1/dialogues/" + id, "china").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dialogues/measures?track=" + id + "&overdue=true", "kazakhstan")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }
}
