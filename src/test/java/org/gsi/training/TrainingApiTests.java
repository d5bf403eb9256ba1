package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TrainingApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String pledge() {
        return new TrainingSteps(api).pledge();
    }

    String course(String pledge, LocalDate deadline, int seats) {
        return new TrainingSteps(api).course(pledge, deadline, seats);
    }

    String nominate(String course, String user, String name) {
        return new TrainingSteps(api).nominate(course, user, name);
    }

    @Test
    void seatsAreSharedWithReasonsAndNominationsStayWithinTheAllocation() {
        String course = course(null, LocalDate.now().plusDays(5), 3);
        assertThat(api.post("/api/v1/training/courses/" + course + "/demands", "kazakhstan", "{\"seats\":2}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/training/courses/" + course + "/demands", "ethiopia", "{\"seats\":2}")
                        .status())
                .isEqualTo(204);
        Api.Response ineligible =
                api.post("/api/v1/training/courses/" + course + "/demands", "brazil", "{\"seats\":2}");
        assertThat(ineligible.status()).isEqualTo(403);
        assertThat(ineligible.json().get("detail").asString()).contains("BRA");
        assertThat(api.change(
                                "POST",
                                "/api/v1/training/courses/" + course + "/allocation",
                                "kazakhstan",
                                "{}",
                                "/api/v1/training/courses/" + course)
                        .status())
                .isEqualTo(403);
        JsonNode allocation = api.change(
                        "POST",
                        "/api/v1/training/courses/" + course + "/allocation",
                        "china",
                        "{}",
                        "/api/v1/training/courses/" + course)
                .json();
        assertThat(allocation.get("allocated").asInt()).isEqualTo(3);
        JsonNode shares = api.get("/api/v1/training/courses/" + course + "/allocation")
                .json()
                .get("shares");
        assertThat(shares.get(0).get("party").asString()).isEqualTo("ETH");
        assertThat(shares.get(0).get("seats").asInt()).isEqualTo(2);
        assertThat(shares.get(0).get("reason").asString())
                .startsWith("requested 2;")
                .endsWith("; 2 seats");
        JsonNode inRussian = api.get("/api/v1/training/courses/" + course + "/allocation?lang=ru")
                .json()
                .get("shares");
        assertThat(inRussian.get(0).get("reason").asString())
                .startsWith("запрошено: 2;")
                .endsWith("; 2 места");
        JsonNode inArabic = api.get("/api/v1/training/courses/" + course + "/allocation?lang=ar")
                .json()
                .get("shares");
        assertThat(inArabic.get(0).get("reason").asString()).endsWith("؛ مقعدان");
        assertThat(shares.get(1).get("seats").asInt()).isEqualTo(1);
        nominate(course, "kazakhstan", "Aigerim Test");
        Api.Response over =
                api.post("/api/v1/training/courses/" + course + "/nominations", "kazakhstan", "{\"name\":\"Second\"}");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.json().get("detail").asString()).contains("KAZ");
        assertThat(api.post("/api/v1/training/courses/" + course + "/nominations", "indonesia", "{\"name\":\"None\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void nominationsAfterTheDeadlineAreRefused() {
        String course = course(null, LocalDate.now().minusDays(1), 3);
        Api.Response r =
                api.post("/api/v1/training/courses/" + course + "/nominations", "kazakhstan", "{\"name\":\"Late\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString())
                .contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.ENGLISH)
                        .format(LocalDate.now().minusDays(1)));
    }

    @Test
    void completionCountsTowardThePledgeExactlyOnceAndTheCertificateVerifies() {
        String pledge = pledge();
        String course = course(pledge, LocalDate.now().plusDays(5), 4);
        new TrainingSteps(api).allocate(course, 2, "kazakhstan");
        String nomination = nominate(course, "kazakhstan", "Nurlan Trainee");
        String n = "/api/v1/training/nominations/" + nomination;
        assertThat(api.post(n + "/completion", "china", "{}").status()).isEqualTo(409);
        assertThat(api.post(n + "/selection", "kazakhstan", "{\"selected\":true}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(n + "/selection", "china", "{\"selected\":true}").status())
                .isEqualTo(200);
        assertThat(api.post(n + "/enrolment", "ethiopia", "{}").status()).isEqualTo(403);
        assertThat(api.post(n + "/enrolment", "kazakhstan", "{}").status()).isEqualTo(200);
        assertThat(api.post(n + "/attendance", "china", "{\"days\":5}").status())
                .isEqualTo(200);
        Api.Response done = api.post(n + "/completion", "china", "{}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String code = done.json().get("certificateCode").asString();
        assertThat(api.post(n + "/completion", "china", "{}").status()).isEqualTo(409);
        assertThat(EventPublications.eventually(() -> new TrainingSteps(api).delivered(pledge) == 1))
                .as("the completed place is counted toward the pledge after commit")
                .isTrue();
        JsonNode check = api.get(
                        "/api/v1/training/certificates/" + code.toLowerCase().replace("-", ""))
                .json();
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("holder").asString()).isEqualTo("Nurlan Trainee");
        assertThat(api.get("/api/v1/training/certificates/AAAA-BBBB-CCCC-DDDD")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isFalse();
        Api.Response pdf = api.get(n + "/certificate.pdf", "kazakhstan");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(api.get(n + "/certificate.pdf", "ethiopia").status()).isEqualTo(404);
        assertThat(api.get(n + "/certificate.pdf").status()).isIn(401, 404);
    }

    @Test
    void traineePersonalDataReachesOnlyTheNominatingPartyTheCourseAndTheSecretariat() {
        String course = course(null, LocalDate.now().plusDays(5), 4);
        new TrainingSteps(api).allocate(course, 1, "kazakhstan", "ethiopia");
        nominate(course, "kazakhstan", "Private Kaz Person");
        nominate(course, "ethiopia", "Private Eth Person");
        String path = "/api/v1/training/courses/" + course + "/nominations";
        assertThat(api.get(path).body()).doesNotContain("Private").contains("KAZ");
        assertThat(api.get(path, "kazakhstan").body())
                .contains("Private Kaz Person")
                .doesNotContain("Private Eth Person");
        assertThat(api.get(path, "ethiopia").body())
                .contains("Private Eth Person")
                .doesNotContain("Private Kaz Person");
        assertThat(api.get(path, "brazil").body()).doesNotContain("Private");
        assertThat(api.get(path, "china").body()).contains("Private Kaz Person", "Private Eth Person");
        assertThat(api.get(path, "secretariat").body()).contains("Private Kaz Person", "Private Eth Person");
        assertThat(api.get("/training/courses/" + course, "brazil").body()).doesNotContain("Private");
        assertThat(api.get("/training/courses/" + course).body()).doesNotContain("Private");
    }
}
