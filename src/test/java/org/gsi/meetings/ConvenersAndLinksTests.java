package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who convenes a mechanism's meetings, what a meeting link may be, and the names uploaded files are kept under. */
@PlatformTest
class ConvenersAndLinksTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static String meeting(String series, String extra) {
        return "{\"series\":\"" + series + "\",\"title\":\"Convened " + UUID.randomUUID()
                + "\",\"start\":\"2031-05-01T09:00\",\"end\":\"2031-05-01T18:00\",\"timeZone\":\"UTC\","
                + "\"capacity\":20" + extra + "}";
    }

    @Test
    void onlyMembersOfAMechanismOrTheSecretariatConveneItsMeetings() {
        // Ethiopia and Brazil are not members of CICA; Kazakhstan and China are; Indonesia is an observer
        for (String outsider : new String[] {"ethiopia", "brazil", "indonesia"}) {
            Api.Response r = api.post("/api/v1/meetings", outsider, meeting("cica", ""));
            assertThat(r.status()).as(outsider + " " + r.body()).isEqualTo(403);
            assertThat(r.json().get("detail").asString()).contains("Only members of cica");
        }
        assertThat(api.post("/api/v1/meetings", "kazakhstan", meeting("cica", ""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/meetings", "secretariat", meeting("cica", ""))
                        .status())
                .isEqualTo(201);
        // a forum is open to every party
        assertThat(api.post("/api/v1/meetings", "ethiopia", meeting("xiangshan-forum", ""))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aMeetingLinkIsAnHttpAddressNeverAScript() {
        for (String bad : new String[] {
            "javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", "data:text/html,<script>", "vbscript:msgbox(1)"
        }) {
            Api.Response r =
                    api.post("/api/v1/meetings", "china", meeting("xiangshan-forum", ",\"onlineUrl\":\"" + bad + "\""));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("field").asString()).isEqualTo("onlineUrl");
        }
        Api.Response ok = api.post(
                "/api/v1/meetings",
                "china",
                meeting("xiangshan-forum", ",\"onlineUrl\":\"https://meet.example.org/x\""));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("onlineUrl").asString()).isEqualTo("https://meet.example.org/x");
    }

    @Test
    void theMeetingFormRefusesAScriptLinkAndKeepsWhatWasTyped() {
        var page = org.gsi.PageSession.login(port, "china");
        var r = page.post(
                "/meetings/new",
                "/meetings/new",
                Map.of(
                        "series", "xiangshan-forum",
                        "title", "Form link " + UUID.randomUUID(),
                        "start", "2031-05-01T09:00",
                        "end", "2031-05-01T18:00",
                        "timeZone", "UTC",
                        "capacity", "20",
                        "onlineUrl", "javascript:alert(1)"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("javascript:alert(1)").doesNotContain("href=\"javascript:");
    }

    @Test
    void bidiAndControlCharactersAreStrippedFromTheNamesOfStoredDocuments() {
        String meeting = api.post("/api/v1/meetings", "china", meeting("xiangshan-forum", ""))
                .json()
                .get("id")
                .asString();
        Api.Response doc = api.upload(
                "/api/v1/meetings/" + meeting + "/documents",
                "china",
                "agenda\u202Efdp.exe\u200B.txt",
                "Agenda of the day".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("kind", "agenda", "title", "Agenda"));
        assertThat(doc.status()).as(doc.body()).isEqualTo(201);
        assertThat(doc.json().get("filename").asString()).isEqualTo("agendafdp.exe.txt");

        String project = api.post(
                        "/api/v1/projects",
                        "china",
                        "{\"title\":{\"en\":\"Names " + UUID.randomUUID() + "\"},\"priorityAreas\":[\"III.4\"],"
                                + "\"visibility\":\"participants\",\"participants\":[]}")
                .json()
                .get("id")
                .asString();
        Api.Response projectDoc = api.upload(
                "/api/v1/projects/" + project + "/documents",
                "china",
                "minutes\u202Etxt.exe\u0007.txt",
                "Minutes".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of());
        assertThat(projectDoc.status()).as(projectDoc.body()).isEqualTo(201);
        assertThat(projectDoc.json().get("filename").asString()).isEqualTo("minutestxt.exe.txt");
    }
}
