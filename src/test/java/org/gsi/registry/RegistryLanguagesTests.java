package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry refuses in the reader's language: the problem detail of the API is said in French or Arabic. */
@PlatformTest
class RegistryLanguagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api.Response register(String code, String language) {
        return api.send(
                "POST",
                "/api/v1/parties",
                "secretariat",
                "{\"code\":\"" + code + "\",\"kind\":\"forum\",\"names\":{\"en\":\"Forum " + code + "\"}}",
                Map.of("Accept-Language", language));
    }

    @Test
    void aPartyRegisteredTwiceIsRefusedInTheReadersLanguage() {
        String code = "forum-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(code, "en").status()).isEqualTo(201);

        Api.Response french = register(code, "fr");
        assertThat(french.status()).isEqualTo(409);
        assertThat(french.json().get("detail").asString())
                .isEqualTo("Une partie portant le code " + code + " existe déjà.");
        Api.Response arabic = register(code, "ar");
        assertThat(arabic.status()).isEqualTo(409);
        assertThat(arabic.json().get("detail").asString()).isEqualTo("يوجد بالفعل طرف رمزه " + code + ".");
    }

    @Test
    void aMembershipWithoutItsSourceIsRefusedNamingTheFieldInTheReadersLanguage() {
        String body = "{\"member\":\"KAZ\",\"status\":\"member\",\"effectiveFrom\":\"2026-01-01\"}";
        Api.Response french = api.send(
                "POST", "/api/v1/mechanisms/sco/memberships", "secretariat", body, Map.of("Accept-Language", "fr"));
        assertThat(french.status()).as(french.body()).isEqualTo(400);
        assertThat(french.json().get("field").asString()).isEqualTo("source");
        assertThat(french.json().get("detail").asString())
                .isEqualTo("source: Indiquez où le changement est consigné (une décision, un communiqué).");
        Api.Response chinese = api.send(
                "POST", "/api/v1/mechanisms/sco/memberships", "secretariat", body, Map.of("Accept-Language", "zh"));
        assertThat(chinese.json().get("detail").asString()).isEqualTo("source: 请说明变更记录于何处（决定、公报）。");
    }
}
