package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused alert rule or subscription is explained in the reader's language, with the value typed and the field. */
@PlatformTest
class RefusalLanguageTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Map<String, Api.Response> inEachLanguage(String method, String path, String user, String json) {
        Map<String, Api.Response> said = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
            said.put(language, api.send(method, path, user, json, Map.of("Accept-Language", language)));
        }
        return said;
    }

    @Test
    void aRuleWithTooFewQuietMonthsIsRefusedInTheReadersLanguage() {
        Map<String, Api.Response> said = inEachLanguage(
                "POST",
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"global\",\"kind\":\"onset\",\"quietMonths\":6}");

        said.values().forEach(r -> assertThat(r.status()).isEqualTo(400));
        Map<String, String> detail = new LinkedHashMap<>();
        said.forEach(
                (language, r) -> detail.put(language, r.json().get("detail").asString()));
        assertThat(detail.get("en")).isEqualTo("quietMonths: an onset needs at least 12 quiet months; it was 6");
        assertThat(detail.get("fr"))
                .isEqualTo("quietMonths: un déclenchement exige au moins 12 mois calmes ; la valeur donnée était 6");
        assertThat(detail.get("ar")).startsWith("quietMonths: ").contains("يتطلب بدء العنف 12 شهرًا هادئًا");
        assertThat(said.get("ar").json().get("field").asString()).isEqualTo("quietMonths");
        assertThat(new java.util.HashSet<>(detail.values()))
                .as("six different languages")
                .hasSize(6);
    }

    @Test
    void theValueTypedIsWrittenAsTheReaderWritesNumbers() {
        Map<String, Api.Response> said = inEachLanguage(
                "POST",
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"global\",\"kind\":\"forecast-probability\",\"probability\":1.5}");

        assertThat(said.get("en").json().get("detail").asString())
                .isEqualTo("probability: must lie from 0 up to, but not including, 1; it was 1.5");
        assertThat(said.get("fr").json().get("detail").asString())
                .isEqualTo("probability: doit être compris entre 0 inclus et 1 exclu ; la valeur donnée était 1,5");
        assertThat(said.get("ar").json().get("detail").asString())
                .startsWith("probability: يجب أن تكون من 0 إلى أقل من 1؛ القيمة المعطاة ");
    }

    @Test
    void aSecondSubscriptionToTheSameRegionIsRefusedInTheReadersLanguage() {
        String region = "{\"targetKind\":\"region\",\"target\":\"009\"}";
        assertThat(api.post("/api/v1/alerts/subscriptions", "ethiopia", region).status())
                .isIn(201, 409);

        Map<String, Api.Response> said = inEachLanguage("POST", "/api/v1/alerts/subscriptions", "ethiopia", region);

        said.values().forEach(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(said.get("en").json().get("detail").asString())
                .isEqualTo("Your party already subscribes to region 009.");
        assertThat(said.get("fr").json().get("detail").asString())
                .isEqualTo("Votre partie est déjà abonnée à la région 009.");
        assertThat(said.get("ar").json().get("detail").asString()).isEqualTo("طرفك مشترك بالفعل في المنطقة 009.");
    }
}
