package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft is read by its own party only, whatever its visibility, on every way of reading a project; a new project
 * is seen by its participants unless its party chooses public.
 */
@PlatformTest
class DraftProjectsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A public draft of China with Tuvalu as participant, implemented in Tuvalu. */
    String publicDraft(String word) {
        String json = "{\"title\":{\"en\":\"" + word + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"TUV\"],"
                + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\",\"visibility\":\"public\","
                + "\"participants\":[{\"party\":\"TUV\",\"roles\":[\"implementing\"]}]}";
        Api.Response r = api.post("/api/v1/projects", "china", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asString()).isEqualTo("draft");
        return r.json().get("id").asString();
    }

    /** Whether each way of reading shows the project to the user (null for anonymous). */
    List<Boolean> visible(String user, String id, String word) {
        return List.of(
                api.get("/api/v1/projects/" + id, user).status() == 200,
                api.get("/projects/" + id, user).status() == 200,
                api.get("/api/v1/projects?size=500&q=" + word, user).body().contains(id),
                api.get("/projects?q=" + word, user).body().contains(">" + word),
                api.get("/projects/of/TUV", user).body().contains(word),
                api.get("/api/v1/projects/" + id + "/timeline", user).status() == 200,
                api.get("/api/v1/projects/" + id + "/consents", user).status() == 200,
                api.get("/api/v1/exports/projects.csv?q=" + word, user).body().contains(id),
                ProjectXlsxTests.sheet(port, "/api/v1/exports/projects.xlsx?q=" + word, user)
                        .contains(id),
                api.get("/portfolio?q=" + word, user).body().contains("&quot;total&quot;:1"),
                api.get("/api/v1/projects/countries", user).body().contains("\"TUV\""),
                api.get("/api/v1/projects/network", user).body().contains("\"TUV\""));
    }

    @Test
    void aPublicDraftIsSeenByItsOwnPartyAloneOnEveryWayOfReading() {
        String word = "Draft" + UUID.randomUUID().toString().substring(0, 8);
        String id = publicDraft(word);

        assertThat(visible("china", id, word)).containsOnly(true);
        assertThat(visible(null, id, word)).containsOnly(false);
        assertThat(visible("kazakhstan", id, word)).containsOnly(false);
    }

    @Test
    void theDraftIsPublicOnceProposed() {
        String word = "Proposed" + UUID.randomUUID().toString().substring(0, 8);
        String id = publicDraft(word);
        Api.Response proposed = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);

        assertThat(api.get("/api/v1/projects/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/projects?size=500&q=" + word).body()).contains(id);
    }

    @Test
    void thePublicPortfolioSummaryCountsNoDraft() {
        publicDraft("Summary" + UUID.randomUUID().toString().substring(0, 8));

        long drafts = jdbc.sql("SELECT coalesce(sum(projects), 0) FROM cooperation_portfolio_public"
                        + " WHERE kind = 'status' AND code = 'draft'")
                .query(Long.class)
                .single();
        assertThat(drafts).isZero();
        assertThat(api.get("/portfolio").body()).doesNotContain("&quot;draft&quot;:");
    }

    @Test
    void aNewProjectIsSeenByItsParticipantsUnlessItsPartyChoosesPublic() {
        String json =
                "{\"title\":{\"en\":\"Default visibility " + UUID.randomUUID() + "\"},\"priorityAreas\":[\"III.4\"]}";
        Api.Response created = api.post("/api/v1/projects", "china", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("visibility").asString()).isEqualTo("participants");
        assertThat(api.get("/projects/new", "china").body())
                .containsPattern("<option value=\"participants\" selected=\"selected\"");
    }
}
