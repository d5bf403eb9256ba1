package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void publicPagesRenderWithoutLogin() {
        for (String path : new String[] {
            "/", "/parties", "/parties/CHN", "/parties/sco", "/map?mechanism=cica", "/taxonomy", "/login"
        }) {
            var r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("<main id=\"main\"");
        }
    }

    @Test
    void restrictedPagesSendVisitorsToTheLoginPage() {
        for (String path : new String[] {"/audit", "/admin/users", "/inbox", "/account"}) {
            var r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(302);
            assertThat(r.header("Location")).as(path).endsWith("/login");
        }
    }

    @Test
    void arabicPagesAreRightToLeftWithArabicCountryNames() {
        var r = api.send("GET", "/parties?q=kaz", null, null, Map.of("Cookie", "gsi-lang=ar"));
        assertThat(r.body()).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("كازاخستان");
        var zh = api.get("/parties/KAZ?lang=zh");
        assertThat(zh.body()).contains("<h1 id=\"party-name\">哈萨克斯坦</h1>").contains("dir=\"ltr\"");
    }

    @Test
    void anUnknownPartyPageIsAReadable404() {
        var r = api.get("/parties/ATLANTIS");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("ATLANTIS").contains("exists or it is not visible to you");
    }

    @Test
    void theApiIsDocumented() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/parties")
                .contains("/api/v1/audit")
                .contains("/api/v1/auth/tokens");
        assertThat(api.get("/actuator/health").body()).contains("UP");
        assertThat(api.get("/actuator/prometheus", "secretariat").body()).contains("jvm_memory_used_bytes");
    }
}
