package org.gsi.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A security concern is refused in the reader's language, naming the field. */
@PlatformTest
class ConcernLanguagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api.Response register(String body, String language) {
        return api.send("POST", "/api/v1/concerns", "brazil", body, Map.of("Accept-Language", language));
    }

    @Test
    void aConcernInAnUnknownDomainIsRefusedInFrenchAndInArabic() {
        String body = "{\"text\":\"Ground stations\",\"domains\":[\"deep-sea\"],\"countries\":[\"BRA\"]}";

        Api.Response french = register(body, "fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("field").asString()).isEqualTo("domains");
        assertThat(french.json().get("detail").asString()).isEqualTo("domains: Domaine de sécurité inconnu deep-sea.");
        Api.Response arabic = register(body, "ar");
        assertThat(arabic.json().get("detail").asString()).isEqualTo("domains: مجال أمني غير معروف deep-sea.");
    }

    @Test
    void aConcernAboutNothingIsRefusedInChinese() {
        Api.Response chinese = register("{\"text\":\"Something\"}", "zh");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().get("detail").asString()).isEqualTo("domains: 关切须至少指明其涉及的一个领域、国家、地区或参与方。");
    }
}
