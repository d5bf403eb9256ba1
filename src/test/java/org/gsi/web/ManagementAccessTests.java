package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics and every other management endpoint but health are for secretariat administrators only. */
@PlatformTest
class ManagementAccessTests {

    @LocalServerPort
    int port;

    @Test
    void onlyHealthIsOpenAndTheRestNeedsTheSecretariatAdministratorRole() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator"}) {
            Api.Response anonymous = api.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).contains("application/problem+json");
            assertThat(anonymous.body()).doesNotContain("jvm_memory");
            for (String user : Arrays.asList("china", "african-union")) {
                Api.Response r = api.get(path, user);
                assertThat(r.status()).as(path + " " + user).isEqualTo(403);
                assertThat(r.body()).doesNotContain("jvm_memory");
            }
        }
        assertThat(api.get("/actuator/prometheus", "secretariat").body()).contains("jvm_memory_used_bytes");
    }
}
