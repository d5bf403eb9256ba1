package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.audit.AuditLog;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.training.NominationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TraineeRetentionTests {

    @LocalServerPort
    int port;

    @Autowired
    CourseStore store;

    @Autowired
    TraineeRetention retention;

    @Autowired
    AuditLog audit;

    @Autowired
    TrainingService training;

    @Autowired
    PartyAttributes attributes;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /**
     * A course run by China that ended {@code endedDaysAgo} days ago, with one completed Kazakh trainee, played
     * through the course on the days it happened.
     */
    Completed completedCourse(long endedDaysAgo, String name) {
        LocalDate end = LocalDate.now().minusDays(endedDaysAgo);
        LocalDate deadline = end.minusDays(10);
        UUID id = UUID.randomUUID();
        Course course = training.announce(new CourseRow(
                id,
                "CHN",
                "CHN",
                "Retention course " + id,
                List.of("III.12"),
                end.minusDays(5),
                end,
                "en",
                "ONLINE",
                5,
                2,
                "parties",
                List.of("KAZ"),
                deadline,
                null,
                false,
                false));
        PartyCode kaz = PartyCode.of("KAZ");
        PartyCode chn = PartyCode.of("CHN");
        course.requestSeats(kaz, 1, deadline, attributes);
        course.allocate(chn, attributes);
        NominationId nomination = course.nominate(
                kaz,
                new Trainee(name, "Inspector", name.replace(' ', '.') + "@example.kz", "ru"),
                deadline,
                attributes);
        course.select(chn, nomination);
        course.confirmEnrolment(kaz, nomination);
        course.recordAttendance(chn, nomination, 5);
        CertificateCode code = CertificateCode.generate(new SecureRandom());
        course.complete(chn, nomination, end, code);
        store.save(course);
        return new Completed(id, nomination.value(), code.grouped());
    }

    record Completed(UUID course, UUID nomination, String code) {}

    @Test
    void traineesOfCoursesEndedBeforeTheRetentionAreAnonymisedWhileCountsAndCertificatesKeepWorking() {
        Completed old = completedCourse(800, "Old Retention Trainee");
        Completed recent = completedCourse(30, "Recent Retention Trainee");
        String oldNominations = "/api/v1/training/courses/" + old.course() + "/nominations";
        assertThat(api.get(oldNominations, "kazakhstan").body()).contains("Old Retention Trainee");

        assertThat(retention.anonymiseExpired("retention test")).isGreaterThanOrEqualTo(1);

        assertThat(api.get(oldNominations, "kazakhstan").body())
                .doesNotContain("Old Retention Trainee")
                .doesNotContain("@example.kz");
        assertThat(api.get(oldNominations, "secretariat").body()).doesNotContain("Old Retention Trainee");
        JsonNode nomination = api.get(oldNominations, "kazakhstan").json().get(0);
        assertThat(nomination.get("anonymised").asBoolean()).isTrue();
        assertThat(nomination.get("status").asString()).isEqualTo("completed");
        assertThat(api.get("/api/v1/training/courses/" + old.course())
                        .json()
                        .get("completed")
                        .asInt())
                .isEqualTo(1);
        assertThat(store.read(old.course())
                        .orElseThrow()
                        .nomination(new NominationId(old.nomination()))
                        .trainee())
                .isEqualTo(new Trainee("(anonymised)", "", "", "ru"));

        JsonNode check = api.get("/api/v1/training/certificates/" + old.code()).json();
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("anonymised").asBoolean()).isTrue();
        assertThat(check.hasNonNull("holder")).isFalse();
        assertThat(check.get("country").asString()).isEqualTo("KAZ");
        assertThat(api.get("/training/certificates?code=" + old.code()).body())
                .contains("KAZ")
                .doesNotContain("Old Retention Trainee");
        assertThat(api.get("/api/v1/training/nominations/" + old.nomination() + "/certificate.pdf", "kazakhstan")
                        .status())
                .isEqualTo(404);

        String recentNominations = "/api/v1/training/courses/" + recent.course() + "/nominations";
        assertThat(api.get(recentNominations, "kazakhstan").body()).contains("Recent Retention Trainee");
        JsonNode recentCheck =
                api.get("/api/v1/training/certificates/" + recent.code()).json();
        assertThat(recentCheck.get("holder").asString()).isEqualTo("Recent Retention Trainee");
        assertThat(api.get("/api/v1/audit?action=anonymise&recordType=nomination", "secretariat")
                        .body())
                .contains("anonymised (retention P2Y)");
    }

    @Test
    void onlySecretariatAdministratorsRunTheAnonymisationOnRequest() {
        Completed old = completedCourse(3 * 366L, "Requested Retention Trainee");
        assertThat(api.post("/api/v1/training/anonymisation", "china", "{}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/training/courses/" + old.course() + "/nominations", "china")
                        .body())
                .contains("Requested Retention Trainee");
        Api.Response run = api.post("/api/v1/training/anonymisation", "secretariat", "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("anonymised").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.json().get("retention").asString()).isEqualTo("P2Y");
        assertThat(api.get("/api/v1/training/courses/" + old.course() + "/nominations", "china")
                        .body())
                .doesNotContain("Requested Retention Trainee");
    }

    @Test
    void aRetentionPeriodMustBePositive() {
        assertThatThrownBy(() -> new TraineeRetention(store, audit, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
