package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ProjectConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String draft() {
        Api.Response r = api.post(
                "/api/v1/projects", "china", ProjectApiTests.project("Race " + UUID.randomUUID(), "public", "ETH"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void ofThirtyEditsWithTheSameEtagExactlyOneIsKept() {
        String path = "/api/v1/projects/" + draft();

        Race.Outcome race = Race.ofChanges(
                api,
                "cooperation project: edit",
                "china",
                "PUT",
                path,
                path,
                n -> ProjectApiTests.project("Edit " + n, "public", "ETH"));

        assertThat(api.get(path, "china").json().get("title").get("en").asString())
                .isEqualTo("Edit " + race.winner());
    }

    @Test
    void ofThirtyTransitionsWithTheSameEtagExactlyOneIsApplied() {
        String path = "/api/v1/projects/" + draft();

        Race.Outcome race = Race.ofChanges(
                api,
                "cooperation project: transition",
                "china",
                "POST",
                path,
                path + "/transitions",
                n -> n % 2 == 0 ? "{\"action\":\"propose\"}" : "{\"action\":\"cancel\",\"reason\":\"r" + n + "\"}");

        assertThat(api.get(path, "china").json().get("status").asString())
                .isEqualTo(race.winner() % 2 == 0 ? "proposed" : "cancelled");
    }

    @Test
    void aTransitionWithoutIfMatchIsRefusedAndChangesNothing() {
        String id = draft();
        Api.Response refused = api.post("/api/v1/projects/" + id + "/transitions", "china", "{\"action\":\"propose\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(428);
        assertThat(api.get("/api/v1/projects/" + id, "china")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("draft");
    }
}
