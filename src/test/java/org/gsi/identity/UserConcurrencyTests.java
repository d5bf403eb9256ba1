package org.gsi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class UserConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void ofThirtyEditsWithTheSameEtagExactlyOneIsKept() {
        String user = "race-" + System.nanoTime();
        Api.Response created = api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + user
                        + "\",\"party\":\"BRA\",\"role\":\"viewer\",\"password\":\"a-long-password-1\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/users/" + user;

        Race.Outcome race = Race.ofChanges(
                api,
                "identity user: edit",
                "secretariat",
                "PUT",
                path,
                path,
                n -> "{\"displayName\":\"Name " + n + "\"}");

        assertThat(api.get(path, "secretariat").json().get("displayName").asString())
                .isEqualTo("Name " + race.winner());
    }
}
