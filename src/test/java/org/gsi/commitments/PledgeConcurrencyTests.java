package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PledgeConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void ofThirtyEditsWithTheSameEtagExactlyOneIsKept() {
        Api.Response created = api.post(
                "/api/v1/commitments",
                "china",
                CommitmentsApiTests.pledge("Race pledge", "experts", "public", "parties", "[\"KAZ\"]"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/commitments/" + created.json().get("id").asString();

        Race.Outcome race = Race.ofChanges(
                api, "commitments pledge: edit", "china", "PUT", path, path, n -> "{\"text\":\"Edit " + n + "\"}");

        assertThat(api.get(path, "china").json().get("text").asString()).isEqualTo("Edit " + race.winner());
    }
}
