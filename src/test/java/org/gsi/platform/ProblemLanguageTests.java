package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's own problem details (not found, unreadable JSON, a parameter of the wrong type, a missing If-Match, no
 * such address, not allowed) are said in the reader's language; their {@code type} stays the same address and the
 * field named stays as the API spells it.
 */
@PlatformTest
class ProblemLanguageTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private Api.Response send(String method, String path, String json, String language) {
        return api.send(method, path, "china", json, Map.of("Accept-Language", language));
    }

    @Test
    void notFoundIsSaidInTheReadersLanguageWithTheSameType() {
        Api.Response en = send("GET", "/api/v1/screening/lists/nothing-here/versions/1", null, "en");
        Api.Response fr = send("GET", "/api/v1/screening/lists/nothing-here/versions/1", null, "fr");
        Api.Response zh = send("GET", "/api/v1/screening/lists/nothing-here/versions/1", null, "zh");
        assertThat(fr.status()).isEqualTo(404);
        assertThat(en.json().get("title").asString()).isEqualTo("Not found");
        assertThat(fr.json().get("title").asString()).isEqualTo("Introuvable");
        assertThat(zh.json().get("title").asString()).isEqualTo("未找到");
        assertThat(fr.json().get("detail").asString())
                .contains("« nothing-here »")
                .contains("ne vous est pas visible");
        assertThat(zh.json().get("detail").asString())
                .contains("“nothing-here”")
                .contains("无权查看");
        assertThat(fr.json().get("type").asString())
                .isEqualTo(zh.json().get("type").asString())
                .isEqualTo(en.json().get("type").asString())
                .endsWith("/problems/not-found");
    }

    @Test
    void aBodyThatIsNotJsonIsSaidInArabicAndFrench() {
        Api.Response ar = send("POST", "/api/v1/screening/checks", "{\"name\":", "ar");
        Api.Response fr = send("POST", "/api/v1/screening/checks", "{\"name\":", "fr");
        assertThat(ar.status()).isEqualTo(400);
        assertThat(ar.json().get("title").asString()).isEqualTo("إدخال غير صالح");
        assertThat(ar.json().get("detail").asString()).isEqualTo("متن الطلب ليس JSON صالحًا لهذه العملية.");
        assertThat(fr.json().get("detail").asString())
                .isEqualTo("Le corps de la requête n’est pas un JSON valide pour cette opération.");
        assertThat(ar.json().get("type").asString()).endsWith("/problems/invalid-input");
    }

    @Test
    void aParameterOfTheWrongTypeKeepsItsNameInEveryLanguage() {
        Api.Response ru = send("GET", "/api/v1/sharing/objects?page=first", null, "ru");
        assertThat(ru.status()).isEqualTo(400);
        assertThat(ru.json().get("field").asString()).isEqualTo("page");
        assertThat(ru.json().get("detail").asString())
                .isEqualTo("Параметр «page» имеет недопустимое значение «first»; ожидается число.");
    }

    @Test
    void aChangeWithoutIfMatchAStaleOneAndOneNotAllowedAreSaidInTheReadersLanguage() {
        Api.Response created =
                api.post("/api/v1/sharing/groups", "china", "{\"name\":\"Versions\",\"members\":[\"KAZ\"]}");
        String id = created.json().get("id").asString();
        String body = "{\"name\":\"Renamed\"}";
        Api.Response missing =
                api.send("PUT", "/api/v1/sharing/groups/" + id, "china", body, Map.of("Accept-Language", "es"));
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("title").asString()).isEqualTo("Se requiere If-Match");
        assertThat(missing.json().get("detail").asString())
                .isEqualTo("Envíe If-Match con la ETag que leyó, para no sobrescribir ningún cambio ajeno.");
        Api.Response stale = api.send(
                "PUT",
                "/api/v1/sharing/groups/" + id,
                "china",
                body,
                Map.of("Accept-Language", "fr", "If-Match", "\"v99\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("title").asString()).isEqualTo("Modifié par quelqu’un d’autre");
        assertThat(stale.json().get("detail").asString()).contains("a été modifié par quelqu’un d’autre");
        Api.Response member = api.send(
                "PUT",
                "/api/v1/sharing/groups/" + id,
                "kazakhstan",
                body,
                Map.of("Accept-Language", "fr", "If-Match", created.header("ETag")));
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.json().get("title").asString()).isEqualTo("Non autorisé");
        assertThat(member.json().get("detail").asString())
                .isEqualTo("Vous agissez pour KAZ ; seuls les utilisateurs de CHN peuvent faire cela pour CHN.");
    }

    @Test
    void anAddressThatDoesNotExistIsSaidInTheReadersLanguageOnTheApiAndOnPages() {
        Api.Response nowhere = send("GET", "/api/v1/no-such-thing", null, "zh");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("title").asString()).isEqualTo("未找到");
        assertThat(nowhere.json().get("detail").asString()).isEqualTo("此处没有内容，或您无权查看。");

        PageSession china = PageSession.login(port, "china");
        china.get("/lang?lang=fr");
        PageSession.Page page = china.get("/screening/lists/nothing-here");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("« nothing-here »").doesNotContain("is not visible to you");
    }
}
