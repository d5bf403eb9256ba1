package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pledges and deliveries are refused in the reader's language, with the words of the bundles inside the reason. */
@PlatformTest
class CommitmentLanguagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api.Response deliver(String pledge, String language) {
        return api.send(
                "POST",
                "/api/v1/commitments/" + pledge + "/deliveries",
                "china",
                CommitmentsApiTests.delivery(1, "items", "KAZ"),
                Map.of("Accept-Language", language));
    }

    @Test
    void aDeliveryOutsideTheBeneficiariesIsRefusedInFrenchAndInArabic() {
        Api.Response created = api.post(
                "/api/v1/commitments",
                "china",
                CommitmentsApiTests.pledge("LDC words " + UUID.randomUUID(), "items", "public", "ldc", "[]"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Api.Response french = deliver(id, "fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("detail").asString())
                .isEqualTo("beneficiary: KAZ ne fait pas partie des bénéficiaires de l’engagement :"
                        + " pays les moins avancés.");
        Api.Response arabic = deliver(id, "ar");
        assertThat(arabic.status()).isEqualTo(400);
        assertThat(arabic.json().get("detail").asString())
                .isEqualTo("beneficiary: KAZ ليس من المستفيدين من التعهد: أقل البلدان نموًا.");
    }

    @Test
    void aPledgeWithoutAPositiveTargetIsRefusedNamingTheFieldInTheReadersLanguage() {
        String body = CommitmentsApiTests.pledge("Negative " + UUID.randomUUID(), "items", "public", "ldc", "[]")
                .replace("\"target\":1000", "\"target\":-5");
        Api.Response french = api.send("POST", "/api/v1/commitments", "china", body, Map.of("Accept-Language", "fr"));
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("detail").asString()).isEqualTo("target: Indiquez un nombre positif.");
        Api.Response chinese = api.send("POST", "/api/v1/commitments", "china", body, Map.of("Accept-Language", "zh"));
        assertThat(chinese.json().get("detail").asString()).isEqualTo("target: 请填写一个正数。");
    }
}
