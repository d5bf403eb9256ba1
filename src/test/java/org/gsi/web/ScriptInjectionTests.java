package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A party or project named like markup cannot break out of the page data of the map, the network or the portfolio:
 * page data travel in escaped {@code data-} attributes, never inside a {@code <script>}.
 */
@PlatformTest
class ScriptInjectionTests {

    static final String PAYLOAD = "</script><div hx-get=/api/v1/users hx-trigger=load>forged</div>";

    @LocalServerPort
    int port;

    @Test
    void markupInPartyAndProjectNamesStaysTextOnEveryPageThatCarriesPageData() {
        Api api = new Api(port);
        String code = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response party = api.post(
                "/api/v1/parties",
                "secretariat",
                "{\"code\":\"" + code + "\",\"kind\":\"ngo\",\"shortName\":\"" + PAYLOAD.replace("\"", "\\\"")
                        + "\",\"names\":{\"en\":\"" + PAYLOAD + "\"}}");
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        String project =
                "{\"title\":{\"en\":\"" + PAYLOAD + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"ETH\"],"
                        + "\"visibility\":\"public\",\"participants\":[{\"party\":\"" + code
                        + "\",\"roles\":[\"implementing\"]}]}";
        Api.Response created = api.post("/api/v1/projects", "china", project);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        List<String> pages = List.of(
                "/projects/network", "/projects/map", "/portfolio", "/map", "/parties/" + code, "/projects/of/" + code);
        for (String user : Arrays.asList("china", null)) {
            for (String page : pages) {
                Api.Response r = api.get(page, user);
                assertThat(r.status()).as(page).isEqualTo(200);
                assertThat(r.body())
                        .as(page + " as " + user)
                        .doesNotContain("<div hx-get=")
                        .doesNotContain("</script><div");
            }
        }
        // the name is there, as escaped data for the network's script to read
        assertThat(api.get("/projects/network", "china").body())
                .contains("data-json=")
                .contains("&lt;/script&gt;&lt;div hx-get=/api/v1/users");
    }
}
