package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ProjectApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static String project(String title, String visibility, String... participants) {
        StringBuilder p = new StringBuilder();
        for (String party : participants) {
            if (p.length() > 0) {
                p.append(',');
            }
            p.append("{\"party\":\"").append(party).append("\",\"roles\":[\"implementing\"]}");
        }
        return "{\"title\":{\"en\":\"" + title + "\",\"fr\":\"" + title + " (fr)\"},"
                + "\"priorityAreas\":[\"III.4\"],\"domains\":[\"landmines\"],\"countries\":[\"ETH\"],"
                + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\","
                + "\"budget\":1250000.50,\"currency\":\"USD\",\"visibility\":\"" + visibility + "\","
                + "\"participants\":[" + p + "]}";
    }

    String create(String user, String json) {
        Api.Response r = api.post("/api/v1/projects", user, json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Api.Response transition(String user, String id, String action, String reason) {
        return api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                user,
                "{\"action\":\"" + action + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}",
                "/api/v1/projects/" + id);
    }

    Api.Response consent(String user, String id, String answer, String reason) {
        return api.post(
                "/api/v1/projects/" + id + "/consents",
                user,
                "{\"answer\":\"" + answer + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    @Test
    void projectBecomesActiveOnlyWhenEveryParticipantConsented() {
        String id = create("china", project("Demining support " + UUID.randomUUID(), "public", "ETH", "au"));
        assertThat(transition("china", id, "propose", null).status()).isEqualTo(200);

        Api.Response early = transition("china", id, "activate", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("ETH has not answered yet");

        assertThat(consent("ethiopia", id, "give", null).status()).isEqualTo(200);
        assertThat(transition("china", id, "activate", null).status()).isEqualTo(409);
        assertThat(consent("african-union", id, "give", null).status()).isEqualTo(200);

        Api.Response active = transition("china", id, "activate", null);
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("active");
        JsonNode timeline =
                api.get("/api/v1/projects/" + id + "/timeline", "china").json();
        assertThat(timeline.toString()).contains("consent-given", "project-activated");
    }

    @Test
    void onlyThePartysOwnFocalPointAnswersForIt() {
        String id = create("china", project("Cyber drill " + UUID.randomUUID(), "public", "ETH"));
        transition("china", id, "propose", null);

        assertThat(consent("secretariat", id, "give", null).status()).isEqualTo(403);
        Api.Response other =
                api.post("/api/v1/projects/" + id + "/consents", "brazil", "{\"party\":\"ETH\",\"answer\":\"give\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/projects/" + id + "/consents", "china")
                        .json()
                        .get(0)
                        .get("consent")
                        .asString())
                .isEqualTo("requested");
    }

    @Test
    void aDeclinedPartyBlocksActivationWithItsReason() {
        String id = create("china", project("Border lab " + UUID.randomUUID(), "public", "ETH"));
        transition("china", id, "propose", null);
        assertThat(consent("ethiopia", id, "decline", null).status()).isEqualTo(400);
        assertThat(consent("ethiopia", id, "decline", "not a national priority").status())
                .isEqualTo(200);

        Api.Response refused = transition("china", id, "activate", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("ETH declined: not a national priority");
    }

    @Test
    void updatesNeedTheCurrentEntityTag() {
        String id = create("china", project("Port security " + UUID.randomUUID(), "public", "ETH"));
        Api.Response read = api.get("/api/v1/projects/" + id, "china");
        String etag = read.header("ETag");
        String body = project("Port security renamed " + UUID.randomUUID(), "public", "ETH");

        assertThat(api.put("/api/v1/projects/" + id, "china", body, null).status())
                .isEqualTo(428);
        assertThat(api.put("/api/v1/projects/" + id, "china", body, etag).status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + id, "china", body, etag).status())
                .isEqualTo(412);
        // another party may not even read a draft: not allowed and not found are the same 404
        assertThat(api.put("/api/v1/projects/" + id, "kazakhstan", body, etag).status())
                .isEqualTo(404);
    }

    @Test
    void badInputNamesTheField() {
        assertThat(api.post("/api/v1/projects", "china", project("X", "public", "XXX"))
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("participants");
        String badArea = project("X", "public", "ETH").replace("III.4", "III.99");
        assertThat(api.post("/api/v1/projects", "china", badArea)
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("priorityAreas");
        String badCurrency = project("X", "public", "ETH").replace("USD", "XYZ");
        assertThat(api.post("/api/v1/projects", "china", badCurrency)
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("currency");
        String negative = project("X", "public", "ETH").replace("1250000.50", "-5");
        assertThat(api.post("/api/v1/projects", "china", negative).status()).isEqualTo(400);
    }

    @Test
    void searchFindsTitlesInEveryLanguageByWordPrefix() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        String id = create("china", project(word + " maritime", "public", "IDN"));
        assertThat(transition("china", id, "propose", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/projects?q=" + word.substring(0, 6).toLowerCase(), "brazil")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/projects?q=" + word + "%20(fr)")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/projects?q=" + word)
                        .json()
                        .get("totalExact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void transactionsAndResultsAddUpExactly() {
        String id = create("china", project("Training " + UUID.randomUUID(), "public", "ETH"));
        for (String amount : new String[] {"0.10", "0.20"}) {
            Api.Response t = api.post(
                    "/api/v1/projects/" + id + "/transactions",
                    "china",
                    "{\"type\":\"disbursement\",\"date\":\"2026-03-01\",\"amount\":" + amount
                            + ",\"currency\":\"USD\"}");
            assertThat(t.status()).as(t.body()).isEqualTo(201);
        }
        JsonNode totals = api.get("/api/v1/projects/" + id + "/transactions", "china")
                .json()
                .get("totals");
        assertThat(totals.get(0).get("amount").decimalValue()).isEqualByComparingTo("0.30");
        Api.Response negative = api.post(
                "/api/v1/projects/" + id + "/transactions",
                "china",
                "{\"type\":\"incoming-funds\",\"date\":\"2026-03-01\",\"amount\":-1,\"currency\":\"USD\"}");
        assertThat(negative.status()).isEqualTo(400);

        Api.Response result = api.post(
                "/api/v1/projects/" + id + "/results",
                "china",
                "{\"title\":{\"en\":\"Deminers trained\"},\"type\":1,\"indicators\":[{\"title\":{\"en\":\"Deminers\"},"
                        + "\"measure\":\"unit\",\"baseline\":0,\"target\":200,\"periods\":[{\"start\":\"2026-01-01\","
                        + "\"end\":\"2026-12-31\",\"actual\":50}]}]}");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/projects/" + id + "/results", "china")
                        .json()
                        .get("progress")
                        .decimalValue())
                .isEqualByComparingTo("0.25");
    }
}
