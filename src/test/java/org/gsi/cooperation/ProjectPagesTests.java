package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The pages render the demo scenario: pending consents, the concern raised and how it is handled. */
@PlatformTest
class ProjectPagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    String demoProject(String words) {
        JsonNode items = api.get("/api/v1/projects?q=" + words.replace(" ", "%20"))
                .json()
                .get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0).get("id").asString();
    }

    @Test
    void theProjectListFiltersAndSearches() {
        Api.Response page = api.get("/projects?q=demining");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Humanitarian demining support").doesNotContain("Cyber incident response");
        assertThat(api.get("/projects?area=III.13").body()).contains("Cyber incident response");
    }

    @Test
    void theDemoCyberProjectShowsKazakhstansConcernAndPendingConsent() {
        String id = demoProject("cyber incident response");
        Api.Response page = api.get("/projects/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("matched on", "domain cybersecurity", "under consultation", "Kazakhstan", "requested");
        assertThat(api.get("/projects/" + id + "?lang=fr").body())
                .contains("n’a pas encore répondu", "est en consultation jusqu’au")
                .doesNotContain("has not answered yet", "under consultation until");
        JsonNode consultations =
                api.get("/api/v1/concerns/consultations", "kazakhstan").json();
        assertThat(consultations.toString()).contains(id, "Cyber incident response");
    }

    @Test
    void theDemoShowsAnActiveProjectWithMoneyAndProgress() {
        String id = demoProject("counter terrorism training");
        JsonNode project = api.get("/api/v1/projects/" + id).json();
        assertThat(project.get("status").asString()).isEqualTo("active");
        assertThat(api.get("/projects/" + id).body()).contains("$120,000.00", "38%");
    }

    @Test
    void thePortfolioChartsCountTheVisibleProjects() {
        Api.Response page = api.get("/portfolio");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("portfolio-data", "III.13", "chart.umd.js");
        assertThat(api.get("/portfolio?lang=ru").body())
                .as("the legend names each status in the page's language")
                .contains("&quot;statusNames&quot;", "&quot;active&quot;:&quot;действует&quot;");
        assertThat(api.get("/concerns").body()).contains("[Demo] Cyber capacity projects");
        assertThat(api.get("/api/v1/funds").body()).contains("Lancang-Mekong");
    }
}
