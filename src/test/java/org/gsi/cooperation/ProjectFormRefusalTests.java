package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused new project comes back as the form, the reason next to the field, everything typed still there. */
@PlatformTest
class ProjectFormRefusalTests {

    @LocalServerPort
    int port;

    @Test
    void aBudgetThatIsNotANumberComesBackNextToTheBudgetWithTheTitleAndChoicesKept() {
        PageSession china = PageSession.login(port, "china");

        PageSession.Page refused = china.post(
                "/projects/new",
                "/projects",
                Map.of(
                        "title", "Wells for border villages",
                        "areas", "III.4",
                        "countries", "KAZ",
                        "participants", "KAZ",
                        "budget", "12 000 dollars",
                        "currency", "USD"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"cooperation-project-refusal\"")
                .contains(
                        "<span class=\"field-error\" id=\"budget-error\">Write a number, such as 1500 or 12.5.</span>")
                .contains("value=\"Wells for border villages\"", "value=\"12 000 dollars\"")
                .containsPattern("<option value=\"III.4\" selected=\"selected\"")
                .containsPattern("<option value=\"KAZ\" selected=\"selected\">Kazakhstan · KAZ</option>");
    }

    @Test
    void aMissingPriorityAreaIsSaidInTheReadersLanguage() {
        PageSession china = PageSession.login(port, "china");
        china.get("/lang?lang=fr");

        PageSession.Page refused =
                china.post("/projects/new", "/projects", Map.of("title", "Puits frontaliers", "currency", "USD"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"priorityAreas-error\">Choisissez au moins un domaine prioritaire.</span>")
                .contains("value=\"Puits frontaliers\"");
    }

    @Test
    void cancellingAsksForTheReasonFirstAndARefusalWithoutOneComesBackAsThePage() {
        PageSession china = PageSession.login(port, "china");
        PageSession.Page created = china.post(
                "/projects/new",
                "/projects",
                Map.of("title", "Border posts", "areas", "III.4", "countries", "KAZ", "currency", "USD"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String project = created.location().replaceFirst("^https?://[^/]+", "");

        String page = china.get(project).body();
        assertThat(page)
                .containsPattern("<input id=\"t-reason\" name=\"reason\" required")
                .contains("Suspending or cancelling needs a reason");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(version.find()).isTrue();

        PageSession.Page refused = china.post(
                project,
                project + "/transitions",
                Map.of("version", version.group(1), "action", "cancel", "reason", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"cooperation-transition-refusal\"")
                .contains("<span class=\"field-error\" id=\"reason-error\">Give a reason.</span>")
                .contains("Border posts");

        assertThat(china.post(
                                project,
                                project + "/transitions",
                                Map.of("version", version.group(1), "action", "cancel", "reason", "Merged"))
                        .status())
                .isEqualTo(302);
    }
}
