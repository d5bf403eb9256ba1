package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The event upload page names the layouts it reads, and a refused file comes back as the form with the reason. */
@PlatformTest
class EventImportPageTests {

    @LocalServerPort
    int port;

    @Test
    void thePageNamesEveryLayoutItReadsInTheReadersLanguage() {
        String page = PageSession.login(port, "secretariat")
                .get("/early-warning/imports?lang=fr")
                .body();

        assertThat(page)
                .contains("200 Mo")
                .contains("<option value=\"acled\">Export ACLED</option>")
                .contains("GDELT 2.0 – événements (toutes les 15 minutes)")
                .contains("Séparé par des tabulations, 61 colonnes")
                .contains("data-upload-progress")
                .contains("<progress id=\"upload-progress\"");
    }

    @Test
    void aFileInNoKnownLayoutComesBackAsTheFormWithTheReasonNextToTheFile() {
        PageSession secretariat = PageSession.login(port, "secretariat");

        PageSession.Page refused = secretariat.upload(
                "/early-warning/imports",
                "/early-warning/imports",
                Map.of("format", ""),
                "notes.txt",
                "minutes of a meeting\nnothing tabular here\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"earlywarning-import-refusal\"")
                .contains("<span class=\"field-error\" id=\"file-error\">");
    }

    @Test
    void aFileOfAnotherLayoutThanTheOneChosenKeepsTheChoiceAndSaysWhy() throws Exception {
        PageSession secretariat = PageSession.login(port, "secretariat");
        byte[] ucdp = Files.readAllBytes(Path.of("src/test/resources/earlywarning/ged-v23_1-car-120.csv"));

        PageSession.Page refused = secretariat.upload(
                "/early-warning/imports", "/early-warning/imports", Map.of("format", "acled"), "car.csv", ucdp);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<span class=\"field-error\" id=\"format-error\">The file does not have the layout chosen.")
                .containsPattern("<option value=\"acled\" selected=\"selected\">ACLED export</option>");
    }
}
