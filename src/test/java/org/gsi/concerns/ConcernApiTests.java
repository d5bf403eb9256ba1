package org.gsi.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.EventPublications.eventually;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.PlatformTest;
import org.gsi.cooperation.ProjectProposed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ConcernApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    Api api;
    EventPublications publications;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        publications = new EventPublications(jdbc, incomplete);
    }

    /** Waits until the proposal of a project has been heard and matched against the concerns. */
    void matched(String project) {
        assertThat(eventually(() -> publications.completed(ProjectProposed.class, project) == 1))
                .as("the proposal is matched after commit")
                .isTrue();
    }

    List<String> consultationsOf(String party, String project) {
        List<String> consultations = new ArrayList<>();
        for (JsonNode c : api.get("/api/v1/concerns/consultations", party).json()) {
            if (c.get("proposal").get("id").asString().equals(project)) {
                consultations.add(c.get("id").asString());
            }
        }
        return consultations;
    }

    String proposeSpaceProject(String visibility, String participant) {
        String body = "{\"title\":{\"en\":\"Space situational awareness " + UUID.randomUUID() + "\"},"
                + "\"priorityAreas\":[\"III.16\"],\"domains\":[\"outer-space\"],\"countries\":[\"BRA\"],"
                + "\"visibility\":\"" + visibility + "\",\"participants\":[{\"party\":\"" + participant
                + "\",\"roles\":[\"implementing\"]}]}";
        Api.Response created = api.post("/api/v1/projects", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response proposed = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        return id;
    }

    void registerBrazilSpaceConcern() {
        registerBrazilSpaceConcern("public");
    }

    void registerBrazilSpaceConcern(String visibility) {
        Api.Response r = api.post(
                "/api/v1/concerns",
                "brazil",
                "{\"text\":\"Ground stations on our territory " + UUID.randomUUID()
                        + "\",\"domains\":[\"outer-space\"],\"countries\":[\"BRA\"],\"visibility\":\""
                        + visibility + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aConcernKeptForTheSecretariatBlocksWithoutShowingWhoseItIsOrWhatMatched() {
        registerBrazilSpaceConcern("secretariat");
        String id = proposeSpaceProject("public", "IDN");
        api.post("/api/v1/projects/" + id + "/consents", "indonesia", "{\"answer\":\"give\"}");

        Api.Response blocked = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"activate\"}",
                "/api/v1/projects/" + id);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("detail").asString())
                .contains("a registered security concern is under consultation")
                .doesNotContain("concern of BRA")
                .doesNotContain("matched on");
        for (String reader : java.util.Arrays.asList(null, "china", "indonesia")) {
            String page = api.get("/projects/" + id, reader).body();
            String json = api.get("/api/v1/projects/" + id, reader).body();
            assertThat(page)
                    .as(String.valueOf(reader))
                    .doesNotContain("matched on")
                    .doesNotContain("<code>BRA</code>")
                    .doesNotContain("Ground stations");
            assertThat(json)
                    .as(String.valueOf(reader))
                    .doesNotContain("matched on")
                    .doesNotContain("concern of BRA");
        }
        assertThat(api.get("/api/v1/projects/" + id, "brazil").body()).contains("matched on");
    }

    @Test
    void aConcernOfANonParticipantBlocksActivationUntilAddressed() {
        registerBrazilSpaceConcern();
        String id = proposeSpaceProject("public", "IDN");
        api.post("/api/v1/projects/" + id + "/consents", "indonesia", "{\"answer\":\"give\"}");

        Api.Response blocked = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"activate\"}",
                "/api/v1/projects/" + id);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("detail").asString())
                .contains("concern of BRA", "domain outer-space", "country BRA");

        JsonNode mine = api.get("/api/v1/concerns/consultations", "brazil").json();
        java.util.List<String> consultations = new java.util.ArrayList<>();
        for (JsonNode c : mine) {
            if (c.get("proposal").get("id").asString().equals(id)) {
                consultations.add(c.get("id").asString());
            }
        }
        assertThat(consultations).isNotEmpty();
        assertThat(api.post(
                                "/api/v1/concerns/consultations/" + consultations.get(0) + "/addressed",
                                "secretariat",
                                "{\"text\":\"ok\"}")
                        .status())
                .isEqualTo(404);
        for (String consultation : consultations) {
            Api.Response addressed = api.post(
                    "/api/v1/concerns/consultations/" + consultation + "/addressed",
                    "brazil",
                    "{\"text\":\"Data sharing terms agreed\"}");
            assertThat(addressed.status()).as(addressed.body()).isEqualTo(200);
        }

        Api.Response active = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"activate\"}",
                "/api/v1/projects/" + id);
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        JsonNode concerns = active.json().get("concerns");
        assertThat(concerns.toString()).contains("addressed", "Data sharing terms agreed");
    }

    @Test
    void aRestrictedProposalIsNotShownToPartiesOutsideIt() {
        registerBrazilSpaceConcern();
        String id = proposeSpaceProject("participants", "IDN");
        matched(id);
        JsonNode mine = api.get("/api/v1/concerns/consultations", "brazil").json();
        assertThat(mine.toString()).doesNotContain(id);
    }

    @Test
    void aProposalIsMatchedAfterCommitAndOnceHoweverOftenItIsHeard() {
        registerBrazilSpaceConcern();
        String id = proposeSpaceProject("public", "IDN");
        matched(id);
        List<String> consultations = consultationsOf("brazil", id);
        assertThat(consultations).as("opened without anyone asking to activate").isNotEmpty();

        assertThat(publications.deliverAgain(ProjectProposed.class, id)).isEqualTo(1);

        assertThat(eventually(() -> publications.completed(ProjectProposed.class, id) == 2))
                .isTrue();
        assertThat(consultationsOf("brazil", id)).containsExactlyInAnyOrderElementsOf(consultations);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient = 'brazil'"
                                + " AND kind = 'concern-raised' AND link = ?")
                        .param("/projects/" + id)
                        .query(Long.class)
                        .single())
                .as("Brazil's focal point is told once per concern the proposal touches")
                .isEqualTo(consultations.size());
    }

    @Test
    void concernsKeptForTheSecretariatAreHiddenFromOthers() {
        String text = "Secretariat only " + UUID.randomUUID();
        Api.Response r = api.post(
                "/api/v1/concerns",
                "kazakhstan",
                "{\"text\":\"" + text + "\",\"domains\":[\"terrorism\"],\"visibility\":\"secretariat\"}");
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();

        assertThat(api.get("/api/v1/concerns/" + id, "kazakhstan").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/concerns/" + id, "secretariat").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/concerns/" + id, "china").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/concerns/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/concerns?size=500", "china").body()).doesNotContain(text);
        assertThat(api.get("/api/v1/concerns?size=500").body()).doesNotContain(text);
    }

    @Test
    void onlyFocalPointsRegisterConcernsAndUnknownCodesAreRefused() {
        assertThat(api.post("/api/v1/concerns", null, "{\"text\":\"x\",\"domains\":[\"terrorism\"]}")
                        .status())
                .isIn(401, 403);
        Api.Response bad = api.post("/api/v1/concerns", "brazil", "{\"text\":\"x\",\"domains\":[\"nonsense\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("domains");
    }
}
