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
}
