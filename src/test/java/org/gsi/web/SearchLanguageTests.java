package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The global search and the audit trail say their refusals in the reader's language. */
@PlatformTest
class SearchLanguageTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void anEmptySearchIsRefusedInFrenchAndInChinese() {
        Api.Response fr = api.send("GET", "/api/v1/search?q=%20", "china", null, Map.of("Accept-Language", "fr"));
        Api.Response zh = api.send("GET", "/api/v1/search?q=%20", "china", null, Map.of("Accept-Language", "zh"));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.json().get("detail").asString()).isEqualTo("q: Saisissez au moins un mot à rechercher.");
        assertThat(zh.json().get("detail").asString()).isEqualTo("q: 请至少输入一个要搜索的词。");
        Api.Response kind =
                api.send("GET", "/api/v1/search?q=ports&kind=rumours", "china", null, Map.of("Accept-Language", "ar"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("detail").asString()).startsWith("kind: اختر واحدًا من: ");
    }

    @Test
    void readingTheAuditTrailWithoutTheRightIsRefusedInTheReadersLanguage() {
        Api.Response fr = api.send("GET", "/api/v1/audit", "china", null, Map.of("Accept-Language", "fr"));
        assertThat(fr.status()).isEqualTo(403);
        assertThat(fr.json().get("detail").asString())
                .isEqualTo("Seuls les administrateurs consultent le journal d’audit.");
        assertThat(fr.json().get("title").asString()).isEqualTo("Non autorisé");
    }

    @Test
    void anUnknownAuditOutcomeIsRefusedInFrenchAndInArabicOnTheApiAndOnThePage() {
        Api.Response fr =
                api.send("GET", "/api/v1/audit?outcome=maybe", "secretariat", null, Map.of("Accept-Language", "fr"));
        Api.Response ar =
                api.send("GET", "/api/v1/audit?outcome=maybe", "secretariat", null, Map.of("Accept-Language", "ar"));
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.json().get("detail").asString()).isEqualTo("outcome: Choisissez effectué ou refusé.");
        assertThat(ar.json().get("detail").asString()).isEqualTo("outcome: اختر: تمّ أو رُفض.");

        PageSession secretariat = PageSession.login(port, "secretariat");
        secretariat.get("/lang?lang=ru");
        PageSession.Page page = secretariat.get("/audit?outcome=maybe");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("outcome: Выберите: выполнено или отказано.");
    }
}
