package org.gsi.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class DialogueConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String openTrack() {
        Api.Response r = api.post(
                "/api/v1/dialogues",
                "china",
                "{\"subject\":\"Race " + System.nanoTime()
                        + "\",\"format\":\"bilateral-consultation\",\"parties\":[\"CHN\",\"KAZ\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String session(int n) {
        return "{\"date\":\"2026-04-" + (10 + n % 18) + "\",\"place\":\"Place " + n
                + "\",\"participants\":[\"CHN\",\"KAZ\"]}";
    }

    @Test
    void ofThirtyCommandsSentWithTheSameEtagExactlyOneIsApplied() {
        String path = "/api/v1/dialogues/" + openTrack();

        Race.Outcome race = Race.ofChanges(
                api,
                "dialogue track: plan a session",
                "china",
                "POST",
                path,
                path + "/sessions",
                DialogueConcurrencyTests::session);

        JsonNode sessions = api.get(path, "china").json().get("sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("venue").asString()).isEqualTo("Place " + race.winner());
    }

    @Test
    void theTrackPageAnswersForTheVersionItShowedAndRefusesAStaleOne() {
        String id = openTrack();
        String etag = api.get("/api/v1/dialogues/" + id, "china").header("ETag");
        assertThat(api.send(
                                "POST",
                                "/api/v1/dialogues/" + id + "/mediators",
                                "china",
                                "{\"party\":\"IDN\",\"role\":\"mediator\"}",
                                Map.of("If-Match", etag))
                        .status())
                .isEqualTo(200);
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        String form = "/dialogues/" + id;
        String accept = form + "/mediators/current/acceptance";

        PageSession.Page stale = kazakhstan.post(form, accept, Map.of("version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(form.replace("/dialogues", "/api/v1/dialogues"), "kazakhstan")
                        .json()
                        .get("mediations")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("proposed");

        PageSession.Page current = kazakhstan.post(form, accept, Map.of("version", "1"));
        assertThat(current.status()).isEqualTo(302);
        assertThat(api.get("/api/v1/dialogues/" + id, "kazakhstan")
                        .json()
                        .get("mediator")
                        .asString())
                .isEqualTo("IDN");
    }

    @Test
    void aCommandWithoutIfMatchIsRefusedAndChangesNothing() {
        String id = openTrack();
        Api.Response refused = api.post("/api/v1/dialogues/" + id + "/sessions", "china", session(1));
        assertThat(refused.status()).as(refused.body()).isEqualTo(428);
        assertThat(api.get("/api/v1/dialogues/" + id, "china").json().get("sessions"))
                .isEmpty();
    }
}
