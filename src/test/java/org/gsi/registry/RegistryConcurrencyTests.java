package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class RegistryConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void ofThirtyPartyEditsWithTheSameEtagExactlyOneIsKept() {
        String code = "race-" + System.nanoTime();
        Api.Response created = api.post(
                "/api/v1/parties",
                "secretariat",
                "{\"code\":\"" + code + "\",\"kind\":\"institution\",\"names\":{\"en\":\"Race " + code + "\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/parties/" + code;

        Race.Outcome race = Race.ofChanges(
                api,
                "registry party: edit",
                "secretariat",
                "PUT",
                path,
                path,
                n -> "{\"names\":{\"en\":\"Race " + code + "\"},\"description\":\"Edit " + n + "\"}");

        assertThat(api.get(path).json().get("description").asString()).isEqualTo("Edit " + race.winner());
    }

    @Test
    void ofThirtyContactEditsWithTheSameEtagExactlyOneIsKept() {
        Api.Response created = api.post(
                "/api/v1/parties/KAZ/contacts",
                "kazakhstan",
                "{\"office\":\"Race desk\",\"email\":\"race@example.kz\",\"visibility\":\"public\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/contacts/" + created.json().get("id").asString();

        Race.Outcome race = Race.ofChanges(
                api,
                "registry contact: edit",
                "kazakhstan",
                "PUT",
                path,
                path,
                n -> "{\"office\":\"Desk " + n + "\",\"visibility\":\"public\"}");

        assertThat(api.get(path, "kazakhstan").json().get("office").asString()).isEqualTo("Desk " + race.winner());
    }
}
