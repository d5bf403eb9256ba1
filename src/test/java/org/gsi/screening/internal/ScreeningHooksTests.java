package org.gsi.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The platform's own people are screened and their status is shown in the workflows: beside a delegation member, a
 * nominated trainee and a project's partner organisation, to the party that answers for them and to no one else.
 */
@PlatformTest
class ScreeningHooksTests {

    @LocalServerPort
    int port;

    @Autowired
    Rescreening rescreening;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    static String screening(String page, String name) {
        int at = page.indexOf(name);
        assertThat(at).as("the page shows %s", name).isNotNegative();
        int next = page.indexOf("</li>", at);
        int cell = page.indexOf("</td>", at);
        String around = page.substring(at, Math.min(next < 0 ? page.length() : next, cell < 0 ? page.length() : cell));
        int s = around.indexOf("data-screening=\"");
        return s < 0 ? "none" : around.substring(s + 16, around.indexOf('"', s + 16));
    }

    @Test
    void aDelegationMemberOnTheListIsAPossibleMatchForTheOrganiserOnly() {
        Api.Response m = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"Screened forum " + UUID.randomUUID()
                        + "\",\"start\":\"2031-03-10T09:00\",\"end\":\"2031-03-11T17:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"venue\":\"Beijing\",\"languages\":[\"zh\",\"en\"],\"capacity\":20}");
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        String meeting = m.json().get("id").asString();
        Api.Response d = api.post(
                "/api/v1/meetings/" + meeting + "/delegations",
                "kazakhstan",
                "{\"head\":{\"name\":\"Aigerim Sultanova\",\"function\":\"Minister\"},"
                        + "\"members\":[{\"name\":\"Iyad Nazmi Salih Khalil\",\"function\":\"adviser\"}]}");
        assertThat(d.status()).as(d.body()).isEqualTo(201);

        rescreening.run();

        String organiser =
                PageSession.login(port, "china").get("/meetings/" + meeting).body();
        assertThat(screening(organiser, "Iyad Nazmi Salih Khalil")).isEqualTo("possible");
        assertThat(screening(organiser, "Aigerim Sultanova")).isEqualTo("clear");
        String delegation = PageSession.login(port, "kazakhstan")
                .get("/meetings/" + meeting)
                .body();
        assertThat(screening(delegation, "Iyad Nazmi Salih Khalil")).isEqualTo("none");
        assertThat(api.get("/api/v1/notifications?size=100", "china").body())
                .contains("possible match for Iyad Nazmi Salih Khalil");
        assertThat(api.get("/api/v1/screening/saved-names?kind=delegate&size=500", "kazakhstan")
                        .body())
                .doesNotContain("Iyad Nazmi Salih Khalil");
    }

    @Test
    void aNominatedTraineeOnTheListIsAPossibleMatchForTheCourseOrganiserOnly() {
        LocalDate deadline = LocalDate.now().plusDays(20);
        Api.Response c = api.post(
                "/api/v1/training/courses",
                "china",
                "{\"provider\":\"demo-security-academy\",\"topic\":\"Screened course " + UUID.randomUUID() + "\","
                        + "\"priorityAreas\":[\"III.12\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                        + deadline.plusDays(10) + "\",\"language\":\"en\",\"modality\":\"in_person\",\"seats\":10,"
                        + "\"capPerCountry\":2,\"eligibility\":\"parties\",\"eligibleParties\":[\"KAZ\",\"ETH\"],"
                        + "\"nominationDeadline\":\"" + deadline + "\"}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String course = c.json().get("id").asString();
        api.post("/api/v1/training/courses/" + course + "/demands", "kazakhstan", "{\"seats\":2}");
        api.post("/api/v1/training/courses/" + course + "/allocation", "china", "{}");
        Api.Response n = api.post(
                "/api/v1/training/courses/" + course + "/nominations",
                "kazakhstan",
                "{\"name\":\"Mohammed al-Jawlani\",\"function\":\"Inspector\",\"contact\":\"x@example.org\","
                        + "\"language\":\"en\"}");
        assertThat(n.status()).as(n.body()).isEqualTo(201);

        rescreening.run();

        String organiser = PageSession.login(port, "china")
                .get("/training/courses/" + course)
                .body();
        assertThat(screening(organiser, "Mohammed al-Jawlani")).isEqualTo("possible");
        String nominating = PageSession.login(port, "kazakhstan")
                .get("/training/courses/" + course)
                .body();
        assertThat(screening(nominating, "Mohammed al-Jawlani")).isEqualTo("none");
    }

    @Test
    void aProjectsPartnerOrganisationIsScreenedForTheInitiatorOnly() {
        rescreening.run();
        JsonNode partners = api.get("/api/v1/screening/saved-names?kind=partner&size=100", "ethiopia")
                .json();
        JsonNode au = null;
        for (JsonNode p : partners.get("items")) {
            if (p.get("name").asString().equals("African Union")) {
                au = p;
            }
        }
        assertThat(au).as("the demo project's partner").isNotNull();
        String project = au.get("link").asString();
        String initiator = PageSession.login(port, "ethiopia").get(project).body();
        assertThat(initiator).contains("data-screening=\"clear\"");
        String other = PageSession.login(port, "brazil").get(project).body();
        assertThat(other).doesNotContain("data-screening");
        assertThat(api.get("/api/v1/screening/checks/" + au.get("lastCheck").asString(), "brazil")
                        .status())
                .isEqualTo(404);
    }
}
