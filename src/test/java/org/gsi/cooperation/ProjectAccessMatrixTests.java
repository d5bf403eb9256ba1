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
 * A participants-only project of China with Ethiopia reaches China and Ethiopia and nobody else: not anonymous
 * readers, not another party, not the secretariat - in lists, counts, search, detail, sub-resources and exports.
 */
@PlatformTest
class ProjectAccessMatrixTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aParticipantsOnlyProjectReachesOnlyItsParties() {
        String word = "Restricted" + UUID.randomUUID().toString().substring(0, 8);
        String body = ProjectApiTests.project(word, "participants", "ETH").replace("\"ETH\"]", "\"KEN\"]");
        Api.Response created = api.post("/api/v1/projects", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);

        for (String insider : List.of("china", "ethiopia")) {
            assertThat(visible(insider, id, word)).as(insider).containsOnly(true);
        }
        for (String outsider : Arrays.asList(null, "brazil", "secretariat", "african-union")) {
            assertThat(visible(outsider, id, word)).as(String.valueOf(outsider)).containsOnly(false);
            assertThat(api.post("/api/v1/projects/" + id + "/consents", outsider, "{\"answer\":\"give\"}")
                            .status())
                    .isEqualTo(outsider == null ? 401 : 404);
        }
    }

    @Test
    void fundTotalsLeaveOutRestrictedProjectsOfOtherParties() {
        String code = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response fund = api.post(
                "/api/v1/funds", "china", "{\"code\":\"" + code + "\",\"name\":\"Matrix fund\",\"currency\":\"USD\"}");
        assertThat(fund.status()).as(fund.body()).isEqualTo(201);
        String fundId = fund.json().get("id").asString();
        String body = ProjectApiTests.project("Funded " + code, "participants", "ETH")
                .replace("\"visibility\"", "\"fundId\":\"" + fundId + "\",\"visibility\"");
        String id = api.post("/api/v1/projects", "china", body).json().get("id").asString();
        api.post(
                "/api/v1/projects/" + id + "/transactions",
                "china",
                "{\"type\":\"disbursement\",\"date\":\"2026-05-01\",\"amount\":777.77,\"currency\":\"USD\"}");
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);

        assertThat(api.get("/api/v1/funds/" + fundId, "ethiopia").body()).contains("777.77");
        for (String outsider : Arrays.asList(null, "brazil", "secretariat")) {
            Api.Response view = api.get("/api/v1/funds/" + fundId, outsider);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body()).doesNotContain("777.77");
            assertThat(view.json().get("projects").asInt()).isZero();
        }
    }

    @Test
    void transactionTotalsByFundAreaRegionPartyAndYearCountOnlyVisibleProjects() {
        String code = "totals-" + UUID.randomUUID().toString().substring(0, 8);
        String fundId = api.post(
                        "/api/v1/funds",
                        "china",
                        "{\"code\":\"" + code + "\",\"name\":\"Totals\",\"currency\":\"USD\"}")
                .json()
                .get("id")
                .asString();
        String body = ProjectApiTests.project("Totalled " + code, "participants", "ETH")
                .replace("\"visibility\"", "\"fundId\":\"" + fundId + "\",\"visibility\"");
        String id = api.post("/api/v1/projects", "china", body).json().get("id").asString();
        api.post(
                "/api/v1/projects/" + id + "/transactions",
                "china",
                "{\"type\":\"disbursement\",\"date\":\"2026-05-01\",\"amount\":333.33,\"currency\":\"USD\"}");
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);

        String row = "{\"key\":\"" + code + "\",\"type\":\"disbursement\",\"currency\":\"USD\",\"amount\":333.33,";
        assertThat(api.get("/api/v1/transactions/totals?by=fund", "ethiopia").body())
                .contains(row);
        for (String outsider : Arrays.asList(null, "brazil", "secretariat")) {
            assertThat(api.get("/api/v1/transactions/totals?by=fund", outsider).body())
                    .as(String.valueOf(outsider))
                    .doesNotContain(code);
        }
        for (String by : List.of("area", "region", "party", "year")) {
            assertThat(api.get("/api/v1/transactions/totals?by=" + by, "ethiopia")
                            .status())
                    .isEqualTo(200);
        }
        Api.Response wrong = api.get("/api/v1/transactions/totals?by=colour", "ethiopia");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("by");
    }

    @Test
    void anonymousPagesShowNoRestrictedProject() {
        String word = "Hidden" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/projects", "china", ProjectApiTests.project(word, "participants", "ETH"));
        assertThat(api.get("/projects?q=" + word).body())
                .doesNotContain(">" + word)
                .contains(">0 projects<");
        assertThat(api.get("/portfolio?q=" + word).body()).contains("&quot;total&quot;:0");
    }

    @Test
    void portfolioCountsANewProjectAtOnce() {
        String word = "Counted" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.get("/portfolio?q=" + word, "china").body()).contains("&quot;total&quot;:0");
        api.post("/api/v1/projects", "china", ProjectApiTests.project(word, "participants", "ETH"));
        assertThat(api.get("/portfolio?q=" + word, "china").body()).contains("&quot;total&quot;:1");
        assertThat(api.get("/portfolio?q=" + word, "brazil").body()).contains("&quot;total&quot;:0");
    }

    /** Whether each way of reading shows the project to the user (null for anonymous). */
    List<Boolean> visible(String user, String id, String word) {
        return List.of(
                api.get("/api/v1/projects?size=500&q=" + word, user)
                                .json()
                                .get("total")
                                .asInt()
                        == 1,
                api.get("/api/v1/projects?size=500&country=KEN&q=" + word, user)
                        .body()
                        .contains(id),
                api.get("/api/v1/projects/" + id, user).status() == 200,
                api.get("/api/v1/projects/" + id + "/consents", user).status() == 200,
                api.get("/api/v1/projects/" + id + "/timeline", user).status() == 200,
                api.get("/api/v1/projects/" + id + "/transactions", user).status() == 200,
                api.get("/api/v1/projects/" + id + "/results", user).status() == 200,
                api.get("/api/v1/exports/projects.csv?q=" + word, user).body().contains(id),
                ProjectXlsxTests.sheet(port, "/api/v1/exports/projects.xlsx?q=" + word, user)
                        .contains(id),
                api.get("/api/v1/exports/iati?q=" + word, user).body().contains(word),
                api.get("/portfolio?q=" + word, user).body().contains("&quot;total&quot;:1"));
    }
}
