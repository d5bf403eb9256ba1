package org.gsi.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class DialogueApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MeasureService measures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String openTrack(String subject) {
        Api.Response r = api.post(
                "/api/v1/dialogues",
                "china",
                "{\"subject\":\"" + subject
                        + "\",\"format\":\"bilateral-consultation\",\"parties\":[\"CHN\",\"KAZ\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A command on a track as a user sends it who just read the track. */
    private Api.Response command(String method, String id, String path, String user, String body) {
        String etag = api.get("/api/v1/dialogues/" + id, "china").header("ETag");
        return api.send(method, "/api/v1/dialogues/" + id + path, user, body, java.util.Map.of("If-Match", etag));
    }

    @Test
    void aTrackIsConfidentialToItsPartiesByDefault() {
        String subject = "Water sharing " + System.nanoTime();
        String id = openTrack(subject);
        assertThat(api.get("/api/v1/dialogues/" + id, "kazakhstan").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/dialogues/" + id, "brazil").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dialogues/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dialogues?size=500", "brazil").body()).doesNotContain(id);
        assertThat(api.get("/api/v1/dialogues?party=KAZ&size=500", "kazakhstan").body())
                .contains(id);
    }

    @Test
    void theMediatorIsAppointedOnlyWhenEveryPartyConcernedAccepts() {
        String id = openTrack("Border markers " + System.nanoTime());
        Api.Response proposed = command("POST", id, "/mediators", "china", "{\"party\":\"IDN\",\"role\":\"mediator\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        JsonNode mediation = proposed.json().get("mediations").get(0);
        assertThat(mediation.get("status").asString()).isEqualTo("proposed");
        assertThat(mediation.get("awaiting").get(0).asString()).isEqualTo("KAZ");
        assertThat(command("POST", id, "/mediators/current/acceptance", "indonesia", null)
                        .status())
                .isEqualTo(403);
        Api.Response accepted = command("POST", id, "/mediators/current/acceptance", "kazakhstan", null);
        assertThat(accepted.json().get("mediations").get(0).get("status").asString())
                .isEqualTo("appointed");
        assertThat(accepted.json().get("mediator").asString()).isEqualTo("IDN");
        assertThat(api.get("/api/v1/dialogues/" + id, "indonesia").status()).isEqualTo(200);
        Api.Response ended = command(
                "POST",
                id,
                "/mediators/current/withdrawal",
                "kazakhstan",
                "{\"reason\":\"Talks continue bilaterally\"}");
        JsonNode end = ended.json().get("mediations").get(0);
        assertThat(end.get("status").asString()).isEqualTo("ended");
        assertThat(end.get("ended").get("reason").asString()).isEqualTo("Talks continue bilaterally");
    }

    @Test
    void aPartyMayDeclineTheMediatorOnlyWithAReason() {
        String id = openTrack("Transit fees " + System.nanoTime());
        command("POST", id, "/mediators", "china", "{\"party\":\"ETH\",\"role\":\"facilitator\"}");
        assertThat(command("POST", id, "/mediators/current/refusal", "kazakhstan", "{}")
                        .status())
                .isEqualTo(400);
        Api.Response declined = command(
                "POST", id, "/mediators/current/refusal", "kazakhstan", "{\"reason\":\"We prefer direct talks\"}");
        assertThat(declined.json().get("mediations").get(0).get("status").asString())
                .isEqualTo("declined");
        assertThat(command("POST", id, "/mediators/current/acceptance", "kazakhstan", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void minutesBindOnlyOnceEveryPartyConcernedApproved() {
        String id = openTrack("Fisheries " + System.nanoTime());
        Api.Response planned = command(
                "POST",
                id,
                "/sessions",
                "china",
                "{\"date\":\"2026-03-02\",\"place\":\"Almaty\",\"participants\":[\"CHN\",\"KAZ\"],\"agenda\":[\"Quotas\"]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        Api.Response drafted =
                command("PUT", id, "/sessions/1/minutes", "kazakhstan", "{\"text\":\"Quotas reviewed.\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        Api.Response one = command("POST", id, "/sessions/1/minutes/approvals", "china", null);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json()
                        .get("sessions")
                        .get(0)
                        .get("minutes")
                        .get("awaiting")
                        .get(0)
                        .asString())
                .isEqualTo("KAZ");
        Api.Response both = command("POST", id, "/sessions/1/minutes/approvals", "kazakhstan", null);
        assertThat(both.json().get("sessions").get(0).get("minutes").has("approvedAt"))
                .isTrue();
        assertThat(command("PUT", id, "/sessions/1/minutes", "china", "{\"text\":\"Changed.\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/dialogues/" + id + "/timeline", "china").body())
                .contains("minutes-approved")
                .contains("session-held");
    }

    @Test
    void onlyImplementingPartiesReportOnAMeasureAndOverdueMeasuresAreFlagged() {
        String id = openTrack("Exercises " + System.nanoTime());
        Api.Response created = api.post(
                "/api/v1/dialogues/measures",
                "china",
                "{\"trackId\":\"" + id + "\",\"catalogueCode\":\"MP-2\",\"implementingParties\":[\"CHN\"],"
                        + "\"start\":\"2025-01-01\",\"due\":\"2025-06-30\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String measure = created.json().get("id").asString();
        assertThat(created.json().get("overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/dialogues/measures/" + measure, "brazil").status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/dialogues/measures/" + measure + "/reports",
                                "kazakhstan",
                                "{\"text\":\"Done\",\"partComplete\":true}")
                        .status())
                .isEqualTo(403);
        assertThat(measures.checkOverdue(LocalDate.now())).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/v1/dialogues/measures/" + measure, "china")
                        .json()
                        .get("flaggedOverdue")
                        .asBoolean())
                .isTrue();
        assertThat(api.get("/api/v1/notifications?size=100", "china").body()).contains("Overdue");
        Api.Response report = api.post(
                "/api/v1/dialogues/measures/" + measure + "/reports",
                "china",
                "{\"text\":\"Notified the exercise\",\"partComplete\":true}");
        assertThat(report.status()).isEqualTo(201);
        assertThat(report.json().get("status").asString()).isEqualTo("implemented");
        assertThat(report.json().get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aPublicTrackHasATimelinePageAndShowsInTheList() {
        String subject = "Open consultation " + System.nanoTime();
        Api.Response r = api.post(
                "/api/v1/dialogues",
                "ethiopia",
                "{\"subject\":\"" + subject + "\",\"format\":\"multilateral-consultation\","
                        + "\"parties\":[\"ETH\",\"au\",\"IDN\"],\"visibility\":\"public\"}");
        String id = r.json().get("id").asString();
        command(
                "POST",
                id,
                "/sessions",
                "ethiopia",
                "{\"date\":\"2026-02-10\",\"online\":true,\"participants\":[\"ETH\",\"au\"],\"agenda\":[\"Agenda\"]}");
        Api.Response page = api.get("/dialogues/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(subject).contains("Session 1 (online)").contains("Track opened");
        assertThat(api.get("/dialogues?party=au").body()).contains(subject);
    }
}
