package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map by country, the cooperation network and a party's project list count only projects the reader may
 * see: a participants-only project of China with Tuvalu in Tuvalu shows for China and nobody else.
 */
@PlatformTest
class ProjectMapAccessTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aRestrictedProjectIsOnTheMapTheNetworkAndTheProfileOnlyForItsParties() {
        String word = "Atoll" + UUID.randomUUID().toString().substring(0, 8);
        String body = ProjectApiTests.project(word, "participants", "TUV").replace("\"ETH\"]", "\"TUV\"]");
        Api.Response created = api.post("/api/v1/projects", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(sees("china", word)).containsOnly(true);
        for (String outsider : Arrays.asList(null, "brazil", "secretariat", "ethiopia")) {
            assertThat(sees(outsider, word)).as(String.valueOf(outsider)).containsOnly(false);
        }
    }

    @Test
    void theMapNamesCountriesByM49AndThePagesRender() {
        api.post("/api/v1/projects", "china", ProjectApiTests.project("Map " + UUID.randomUUID(), "public", "ETH"));
        var ethiopia = java.util.stream.StreamSupport.stream(
                        api.get("/api/v1/projects/countries").json().spliterator(), false)
                .filter(c -> c.get("country").asString().equals("ETH"))
                .findFirst()
                .orElseThrow();
        assertThat(ethiopia.get("m49").asString()).isEqualTo("231");
        assertThat(ethiopia.get("projects").asInt()).isPositive();
        assertThat(api.get("/projects/map").body())
                .contains("id=\"map-counts\"")
                .contains("&quot;231&quot;:[&quot;ETH&quot;");
        assertThat(api.get("/projects/network").body()).contains("id=\"network-data\"");
        assertThat(api.get("/projects/of/nowhere-party").status()).isEqualTo(404);
    }

    /** Whether each view shows the project (or its traces) to the user; null is anonymous. */
    List<Boolean> sees(String user, String word) {
        return List.of(
                api.get("/api/v1/projects/countries", user).body().contains("\"TUV\""),
                api.get("/api/v1/projects/network", user).body().contains("\"party\":\"TUV\""),
                api.get("/projects/network", user).body().contains("/parties/TUV"),
                api.get("/projects/of/TUV", user).body().contains(word),
                api.get("/projects/of/CHN", user).body().contains(word));
    }
}
