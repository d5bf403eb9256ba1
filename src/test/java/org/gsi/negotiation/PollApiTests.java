package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class PollApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String open(String body) {
        Api.Response r = api.post("/api/v1/polls", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void membersComeFromTheMechanismAndEachVotesOnceThroughItsFocalPoint() {
        String id = open("{\"mechanism\":\"sco\",\"question\":\"Hold the next meeting in Bishkek? " + System.nanoTime()
                + "\",\"quorum\":0.2,\"hidden\":true}");
        JsonNode poll = api.get("/api/v1/polls/" + id, "kazakhstan").json();
        assertThat(poll.get("members").toString())
                .contains("KAZ")
                .contains("IND")
                .doesNotContain("BRA");
        assertThat(api.get("/api/v1/polls/" + id, "brazil").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/polls/" + id + "/ballots", "secretariat", "{\"vote\":\"consent\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/polls/" + id + "/ballots", "kazakhstan", "{\"vote\":\"object\"}")
                        .status())
                .isEqualTo(400);
        api.post("/api/v1/polls/" + id + "/ballots", "china", "{\"vote\":\"object\",\"reason\":\"dates\"}");
        api.post("/api/v1/polls/" + id + "/ballots", "china", "{\"vote\":\"consent\"}");
        api.post("/api/v1/polls/" + id + "/ballots", "kazakhstan", "{\"vote\":\"object\",\"reason\":\"Dates clash\"}");
        JsonNode open = api.get("/api/v1/polls/" + id, "china").json();
        assertThat(open.has("count")).isFalse();
        assertThat(open.get("voted")).hasSize(2);
        assertThat(api.post("/api/v1/polls/" + id + "/closure", "kazakhstan", null)
                        .status())
                .isEqualTo(403);
        JsonNode closed =
                api.post("/api/v1/polls/" + id + "/closure", "china", null).json();
        assertThat(closed.get("outcome").get("result").asString()).isEqualTo("OBJECTED");
        assertThat(closed.get("outcome").get("objections").get(0).asString()).isEqualTo("KAZ: Dates clash");
        assertThat(closed.get("count").get("CONSENT").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/polls/" + id + "/ballots", "china", "{\"vote\":\"consent\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void withoutQuorumThePollDecidesNothing() {
        String id = open("{\"mechanism\":\"sco\",\"question\":\"Quorum test " + System.nanoTime() + "\"}");
        api.post("/api/v1/polls/" + id + "/ballots", "china", "{\"vote\":\"consent\"}");
        JsonNode closed =
                api.post("/api/v1/polls/" + id + "/closure", "china", null).json();
        assertThat(closed.get("outcome").get("result").asString()).isEqualTo("NO_QUORUM");
    }

    @Test
    void rankedChoiceShowsTheRunningCountWhenNotHidden() {
        String id = open("{\"mechanism\":\"sco\",\"kind\":\"ranked-choice\",\"question\":\"Venue " + System.nanoTime()
                + "\",\"choices\":[\"Astana\",\"Tashkent\"],\"quorum\":0.1}");
        api.post("/api/v1/polls/" + id + "/ballots", "kazakhstan", "{\"ranking\":[\"Astana\",\"Tashkent\"]}");
        assertThat(api.get("/api/v1/polls/" + id, "china")
                        .json()
                        .get("count")
                        .get("Astana")
                        .asInt())
                .isEqualTo(1);
        JsonNode closed =
                api.post("/api/v1/polls/" + id + "/closure", "china", null).json();
        assertThat(closed.get("outcome").get("winner").asString()).isEqualTo("Astana");
    }

    @Test
    void onlyMembersOpenAMechanismsPolls() {
        assertThat(api.post("/api/v1/polls", "brazil", "{\"mechanism\":\"sco\",\"question\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/polls", "china", "{\"mechanism\":\"nope\",\"question\":\"x\"}")
                        .status())
                .isEqualTo(400);
    }
}
