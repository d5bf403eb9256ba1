package org.gsi.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ConcernConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String register() {
        Api.Response r = api.post(
                "/api/v1/concerns",
                "brazil",
                "{\"text\":\"Race " + UUID.randomUUID() + "\",\"domains\":[\"outer-space\"],\"countries\":[\"BRA\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void ofThirtyWithdrawalsWithTheSameEtagExactlyOneIsApplied() {
        String path = "/api/v1/concerns/" + register();

        Race.ofChanges(api, "concerns concern: withdraw", "brazil", "DELETE", path, path, n -> null);

        assertThat(api.get(path, "brazil").json().has("withdrawnAt")).isTrue();
    }

    @Test
    void aWithdrawalWithoutIfMatchIsRefusedAndChangesNothing() {
        String path = "/api/v1/concerns/" + register();
        Api.Response refused = api.delete(path, "brazil");
        assertThat(refused.status()).as(refused.body()).isEqualTo(428);
        assertThat(api.get(path, "brazil").json().has("withdrawnAt")).isFalse();
    }
}
