package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sharing says its refusals in the reader's language, on the API and on pages. */
@PlatformTest
class SharingLanguageTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void aGroupWithAnUnknownMemberIsRefusedInFrenchAndInArabic() {
        String group = "{\"name\":\"Langues\",\"members\":[\"ATLANTIS\"]}";
        Api.Response fr = api.send("POST", "/api/v1/sharing/groups", "china", group, Map.of("Accept-Language", "fr"));
        Api.Response ar = api.send("POST", "/api/v1/sharing/groups", "china", group, Map.of("Accept-Language", "ar"));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.json().get("detail").asString())
                .isEqualTo("members: Aucune partie n’a le code ATLANTIS dans le registre.");
        assertThat(ar.json().get("detail").asString()).isEqualTo("members: لا يوجد في السجل طرف رمزه ATLANTIS.");
        assertThat(ar.json().get("title").asString()).isEqualTo("إدخال غير صالح");
    }

    @Test
    void aMarkingThatDoesNotExistIsRefusedInChinese() {
        Api.Response zh =
                api.send("GET", "/api/v1/sharing/objects?tlp=purple", "china", null, Map.of("Accept-Language", "zh"));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("detail").asString())
                .isEqualTo("tlp: 请选择 clear、green、amber、amber+strict、red 或 none 之一。");
    }

    @Test
    void theObjectBrowserRefusesADateThatIsNoneInTheReadersLanguage() {
        PageSession china = PageSession.login(port, "china");
        china.get("/lang?lang=fr");
        PageSession.Page page = china.get("/sharing/objects?from=bientot");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("from: « bientot » n’est pas une date (aaaa-mm-jj).");
    }

    @Test
    void theTaxiiServerGivesTitleAndDescriptionInTheClientsLanguageAndKeepsTheStatusCode() {
        Taxii taxii = new Taxii(port);
        Taxii.Response collections = taxii.get(Taxii.ROOT + "collections/", "kazakhstan");
        String id = collections.json().get("collections").get(0).get("id").asString();
        Taxii.Response fr = taxii.send(
                "GET",
                Taxii.ROOT + "collections/" + id + "/objects/?limit=beaucoup",
                taxii.auth("kazakhstan"),
                null,
                Map.of("Accept", Taxii.MEDIA, "Accept-Language", "fr"));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.contentType()).startsWith("application/taxii+json");
        assertThat(fr.json().get("title").asString()).isEqualTo("Saisie non valide");
        assertThat(fr.json().get("description").asString()).isEqualTo("limit : « beaucoup » n’est pas un nombre.");
        assertThat(fr.json().get("http_status").asString()).isEqualTo("400");

        Taxii.Response zh = taxii.send(
                "GET",
                Taxii.ROOT + "collections/00000000-0000-4000-8000-000000000000/",
                taxii.auth("kazakhstan"),
                null,
                Map.of("Accept", Taxii.MEDIA, "Accept-Language", "zh"));
        assertThat(zh.status()).isEqualTo(404);
        assertThat(zh.json().get("title").asString()).isEqualTo("未找到");
        assertThat(zh.json().get("http_status").asString()).isEqualTo("404");
    }
}
