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

    @Test
    void theTaxiiServerRefusesUnreadRequestsInTheClientsLanguageAndKeepsStatusAndMediaTypes() {
        Taxii taxii = new Taxii(port);
        String objects = Taxii.ROOT + "collections/"
                + taxii.get(Taxii.ROOT + "collections/", "kazakhstan")
                        .json()
                        .get("collections")
                        .get(0)
                        .get("id")
                        .asString()
                + "/objects/";

        Taxii.Response fr = taxii.send(
                "GET",
                objects,
                taxii.auth("kazakhstan"),
                null,
                Map.of("Accept", "application/xml", "Accept-Language", "fr"));
        assertTaxiiError(fr, 406, "Non acceptable");
        assertThat(fr.json().get("description").asString())
                .isEqualTo("Ce serveur répond en application/taxii+json;version=2.1 ; envoyez un en-tête Accept qui"
                        + " l’admet.");

        Taxii.Response ar = taxii.send(
                "POST",
                objects + "?lang=ar",
                taxii.auth("kazakhstan"),
                "<x/>",
                Map.of("Accept", Taxii.MEDIA, "Content-Type", "application/xml", "Accept-Language", "fr"));
        assertTaxiiError(ar, 415, "نوع وسائط غير مدعوم");
        assertThat(ar.json().get("description").asString())
                .isEqualTo("أرسل المتن بصيغة application/taxii+json;version=2.1.");

        long max = taxii.get(Taxii.ROOT, null).json().get("max_content_length").asLong();
        Taxii.Response ru = taxii.send(
                "POST",
                objects,
                taxii.auth("kazakhstan"),
                "{\"objects\":[],\"pad\":\"" + "x".repeat((int) max) + "\"}",
                Map.of("Accept", Taxii.MEDIA, "Content-Type", Taxii.MEDIA, "Accept-Language", "ru"));
        assertTaxiiError(ru, 413, "Слишком большой запрос");
        assertThat(ru.json().get("description").asString()).startsWith("Тело длиннее max_content_length корня API (");

        Taxii.Response zh = taxii.send(
                "GET", objects, "Bearer gsi_wrong", null, Map.of("Accept", Taxii.MEDIA, "Accept-Language", "zh"));
        assertTaxiiError(zh, 401, "未登录");
        assertThat(zh.json().get("description").asString()).isEqualTo("令牌未知、已过期或已撤销。");
        assertThat(zh.header("WWW-Authenticate")).startsWith("Basic");

        Taxii.Response es = taxii.send(
                "GET",
                objects,
                Taxii.basic("nobody-" + java.util.UUID.randomUUID(), "nope"),
                null,
                Map.of("Accept", Taxii.MEDIA, "Accept-Language", "es-MX,es;q=0.9"));
        assertTaxiiError(es, 401, "Sin sesión iniciada");
        assertThat(es.json().get("description").asString())
                .isEqualTo("El nombre de usuario o la contraseña son incorrectos.");

        Taxii.Response en = taxii.send("GET", objects, "Bearer gsi_wrong", null, Map.of("Accept", Taxii.MEDIA));
        assertTaxiiError(en, 401, "Not signed in");
        assertThat(en.json().get("description").asString()).isEqualTo("The token is unknown, expired or revoked.");
    }

    private static void assertTaxiiError(Taxii.Response r, int status, String title) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Taxii.MEDIA);
        assertThat(r.json().get("title").asString()).isEqualTo(title);
        assertThat(r.json().get("http_status").asString()).isEqualTo(String.valueOf(status));
    }
}
