package org.gsi.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Screening says its refusals and the reasons of a list import's rejected rows in the reader's language. */
@PlatformTest
class ScreeningLanguageTests {

    @LocalServerPort
    int port;

    Api api;
    Uploads uploads;

    @BeforeEach
    void connect() {
        api = new Api(port);
        uploads = new Uploads(api, port);
    }

    @Test
    void aRefusedCheckIsSaidInFrenchAndInChinese() {
        String asked = "{\"name\":\"Wang Jianguo\",\"birthDate\":\"1973-13\"}";
        Api.Response fr =
                api.send("POST", "/api/v1/screening/checks", "kazakhstan", asked, Map.of("Accept-Language", "fr"));
        Api.Response zh = api.send(
                "POST", "/api/v1/screening/checks", "kazakhstan", asked, Map.of("Accept-Language", "zh-CN,zh;q=0.9"));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.json().get("detail").asString()).isEqualTo("birthDate: Le mois est compris entre 1 et 12.");
        assertThat(fr.json().get("title").asString()).isEqualTo("Saisie non valide");
        assertThat(zh.json().get("detail").asString()).isEqualTo("birthDate: 月份应在 1 至 12 之间。");
        assertThat(zh.json().get("title").asString()).isEqualTo("输入无效");
        assertThat(zh.json().get("type").asString())
                .as("the type of a problem does not change with the language")
                .isEqualTo(fr.json().get("type").asString())
                .endsWith("/problems/invalid-input");
        assertThat(zh.json().get("field").asString()).isEqualTo("birthDate");
    }

    @Test
    void eachRejectedRowOfAnImportIsGivenItsReasonInTheLanguageOfWhoeverReadsTheReport() throws Exception {
        String code = "langs" + System.nanoTime() % 1_000_000;
        byte[] csv = ("reference,type,name\n" + "ETH-1,person,Abebe Kebede Tesfaye\n" + "ETH-2,robot,Unit Seven\n"
                        + ",person,Nobody Referenced\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Response imported = uploads.post(
                "/api/v1/screening/lists/national?lang=fr",
                "ethiopia",
                "national.csv",
                csv,
                Map.of("code", code, "title", "Liste d’essai", "format", "csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode rejected = imported.json().get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(reason(rejected, "ETH-2"))
                .isEqualTo("L’entrée ETH-2 est de type « robot » ; il doit être person ou organisation.");
        assertThat(reason(rejected, "")).matches("La ligne \\d n’a pas de référence\\.");

        String version = "/api/v1/screening/lists/national-eth-" + code + "/versions/1";
        JsonNode arabic = api.send("GET", version, "ethiopia", null, Map.of("Accept-Language", "ar"))
                .json()
                .get("rejected");
        assertThat(reason(arabic, "ETH-2"))
                .isEqualTo("نوع القيد ETH-2 هو «robot»؛ يجب أن يكون person أو organisation.");
        assertThat(reason(arabic, "")).matches("السطر \\d بلا مرجع\\.");
        assertThat(reason(arabic, "ETH-2"))
                .as("the key and its arguments travel with the reason")
                .isNotEqualTo(reason(rejected, "ETH-2"));
        assertThat(arabic.get(0).get("key").asString()).startsWith("screening.row.");

        PageSession ethiopia = PageSession.login(port, "ethiopia");
        ethiopia.get("/lang?lang=zh");
        PageSession.Page page = ethiopia.get("/screening/lists/national-eth-" + code + "/versions/1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("条目 ETH-2 的类型为“robot”；必须是 person 或 organisation。");
    }

    @Test
    void aRefusedPageIsSaidInTheReadersLanguage() {
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        kazakhstan.get("/lang?lang=fr");
        PageSession.Page page = kazakhstan.get("/screening/watched?kind=robot");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains("kind: Choisissez enregistré, stagiaire, délégué, contact ou partenaire.")
                .doesNotContain("must be");
    }

    private static String reason(JsonNode rows, String reference) {
        for (JsonNode r : rows) {
            if (r.get("reference").asString().equals(reference)) {
                return r.get("reason").asString();
            }
        }
        throw new AssertionError("no row " + reference + " in " + rows);
    }
}
