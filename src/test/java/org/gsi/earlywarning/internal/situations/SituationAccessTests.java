package org.gsi.earlywarning.internal.situations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who reads which situation and assessment, through every read endpoint. */
@PlatformTest
class SituationAccessTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String create(String user, String title, String visibility, String concerned) {
        Api.Response r = api.post(
                "/api/v1/situations",
                user,
                "{\"title\":\"" + title + "\",\"countries\":[\"CAF\"],"
                        + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"" + concerned
                        + "\"],\"visibility\":\""
                        + visibility + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String assess(String user, String situation, String visibility) {
        Api.Response r = api.post(
                "/api/v1/situations/" + situation + "/assessments",
                user,
                "{\"riskLevel\":\"high\",\"text\":\"assessment " + UUID.randomUUID() + "\",\"visibility\":\""
                        + visibility + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private long listed(String user, String title) {
        return api.get("/api/v1/situations?q=" + title, user)
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void aParticipantsOnlySituationReachesItsOwnerAndPartiesConcernedAndNobodyElse() {
        String title = "Restricted-" + UUID.randomUUID().toString().substring(0, 8);
        String id = create("china", title, "participants", "KAZ");
        String concealedAssessment = assess("china", id, "participants");

        for (String user : new String[] {"china", "kazakhstan"}) {
            assertThat(listed(user, title)).as(user).isEqualTo(1);
            assertThat(api.get("/api/v1/situations/" + id, user).status())
                    .as(user)
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/situations/assessments/" + concealedAssessment, user)
                            .status())
                    .as(user)
                    .isEqualTo(200);
        }
        for (String user : new String[] {null, "ethiopia", "secretariat"}) {
            assertThat(listed(user, title)).as(String.valueOf(user)).isZero();
            assertThat(api.get("/api/v1/situations?country=CAF&size=500", user).body())
                    .as(String.valueOf(user))
                    .doesNotContain(title);
            Api.Response detail = api.get("/api/v1/situations/" + id, user);
            assertThat(detail.status()).as(String.valueOf(user)).isEqualTo(404);
            assertThat(detail.body()).doesNotContain(title);
            assertThat(api.get("/api/v1/situations/assessments/" + concealedAssessment, user)
                            .status())
                    .as(String.valueOf(user))
                    .isEqualTo(404);
        }
    }

    @Test
    void assessmentsOfAPublicSituationFollowTheirOwnVisibility() {
        String id = create("china", "Open-" + UUID.randomUUID().toString().substring(0, 8), "public", "KAZ");
        String ownerOnly = assess("kazakhstan", id, "owner");
        String participants = assess("kazakhstan", id, "participants");
        String open = assess("kazakhstan", id, "public");

        assertThat(assessmentsSeenBy("kazakhstan", id)).contains(ownerOnly, participants, open);
        assertThat(assessmentsSeenBy("china", id)).contains(participants, open).doesNotContain(ownerOnly);
        assertThat(assessmentsSeenBy("ethiopia", id)).contains(open).doesNotContain(ownerOnly, participants);
        assertThat(assessmentsSeenBy("secretariat", id)).contains(open).doesNotContain(ownerOnly, participants);
        assertThat(assessmentsSeenBy(null, id)).containsExactly(open);
        assertThat(api.get("/api/v1/situations/assessments/" + ownerOnly, "china")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/situations/assessments/" + participants, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheOwnerPartyEditsASituationAndOnlyWithTheCurrentVersion() {
        String id = create("china", "Edit-" + UUID.randomUUID().toString().substring(0, 8), "public", "KAZ");
        String etag = api.get("/api/v1/situations/" + id, "china").header("ETag");

        assertThat(api.put("/api/v1/situations/" + id, "kazakhstan", "{\"status\":\"escalating\"}", etag)
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/situations/" + id, "china", "{\"status\":\"escalating\"}", null)
                        .status())
                .isEqualTo(428);
        Api.Response done = api.put("/api/v1/situations/" + id, "china", "{\"status\":\"escalating\"}", etag);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("ESCALATING");
        assertThat(api.put("/api/v1/situations/" + id, "china", "{\"status\":\"resolved\"}", etag)
                        .status())
                .isEqualTo(412);
    }

    @Test
    void developmentsComeFromTheOwnerAndThePartiesConcerned() {
        String id = create("china", "Timeline-" + UUID.randomUUID().toString().substring(0, 8), "public", "KAZ");
        String body = "{\"occurredOn\":\"2024-05-01\",\"text\":\"Ceasefire talks opened\"}";

        assertThat(api.post("/api/v1/situations/" + id + "/developments", "kazakhstan", body)
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/situations/" + id + "/developments", "ethiopia", body)
                        .status())
                .isEqualTo(403);
        JsonNode timeline = api.get("/api/v1/situations/" + id, null).json().get("timeline");
        assertThat(timeline.size()).isEqualTo(1);
        assertThat(timeline.get(0).get("recordedParty").asString()).isEqualTo("KAZ");
    }

    @Test
    void badCodesAreRefusedNamingTheField() {
        Api.Response r = api.post(
                "/api/v1/situations",
                "china",
                "{\"title\":\"x\",\"countries\":[\"XXX\"],\"domains\":[],\"partiesConcerned\":[]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("countries");
        Api.Response d = api.post(
                "/api/v1/situations",
                "china",
                "{\"title\":\"x\",\"countries\":[\"CAF\"],\"domains\":[\"no-such\"],\"partiesConcerned\":[]}");
        assertThat(d.json().get("field").asString()).isEqualTo("domains");
    }

    @Test
    void theDemoSituationShowsThePublicAssessmentToEveryoneAndTheParticipantsOneToTheAfricanUnion() {
        JsonNode list = api.get("/api/v1/situations?q=Central%20African%20Republic", null)
                .json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        String id = list.get("items").get(0).get("id").asString();

        assertThat(api.get("/api/v1/situations/" + id, null)
                        .json()
                        .get("assessments")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/situations/" + id, "african-union")
                        .json()
                        .get("assessments")
                        .size())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/situations/" + id, "china")
                        .json()
                        .get("assessments")
                        .size())
                .isEqualTo(1);
    }

    private List<String> assessmentsSeenBy(String user, String situation) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/situations/" + situation, user)
                .json()
                .get("assessments")
                .forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }
}
