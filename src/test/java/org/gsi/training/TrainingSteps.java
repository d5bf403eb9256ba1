package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.gsi.Api;

/** The steps of the training API that tests take on the demo accounts: a pledge, a course, seats shared out,
 * nominations. */
final class TrainingSteps {

    private final Api api;

    TrainingSteps(Api api) {
        this.api = api;
    }

    /** A public pledge of China of 100 training places. */
    String pledge() {
        String body =
                "{\"text\":\"Training pledge " + UUID.randomUUID() + "\",\"unit\":\"training_places\",\"target\":100,"
                        + "\"periodStart\":\"" + LocalDate.now().minusMonths(6) + "\",\"periodEnd\":\""
                        + LocalDate.now().plusYears(2)
                        + "\",\"beneficiaryRule\":\"developing\",\"visibility\":\"public\"}";
        Api.Response r = api.post("/api/v1/commitments", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String course(String pledge, LocalDate deadline, int seats) {
        String body = "{\"provider\":\"demo-security-academy\",\"topic\":\"Course " + UUID.randomUUID() + "\","
                + "\"priorityAreas\":[\"III.15\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                + deadline.plusDays(10)
                + "\",\"language\":\"en\",\"modality\":\"in_person\",\"seats\":" + seats + ",\"capPerCountry\":2,"
                + "\"eligibility\":\"parties\",\"eligibleParties\":[\"KAZ\",\"ETH\",\"IDN\"],\"nominationDeadline\":\""
                + deadline + "\"" + (pledge == null ? "" : ",\"pledge\":\"" + pledge + "\"") + "}";
        Api.Response r = api.post("/api/v1/training/courses", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String nominate(String course, String user, String name) {
        Api.Response r = api.post(
                "/api/v1/training/courses/" + course + "/nominations",
                user,
                "{\"name\":\"" + name + "\",\"function\":\"Inspector\",\"contact\":\"" + name
                        + "@example.org\",\"language\":\"en\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /**
     * Each of the {@code parties} (demo users) asks for {@code seats} on the course, then its provider's focal point
     * (China) shares out the seats, as read just before.
     */
    void allocate(String course, int seats, String... parties) {
        String path = "/api/v1/training/courses/" + course;
        for (String party : parties) {
            Api.Response asked = api.post(path + "/demands", party, "{\"seats\":" + seats + "}");
            assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        }
        Api.Response allocated = api.change("POST", path + "/allocation", "china", "{}", path);
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    }

    /** A Kazakh trainee on a course counting toward {@code pledge}, selected, enrolled and attending; its path. */
    String readyToComplete(String pledge) {
        String course = course(pledge, LocalDate.now().plusDays(5), 4);
        allocate(course, 2, "kazakhstan");
        String n = "/api/v1/training/nominations/" + nominate(course, "kazakhstan", "Trainee " + UUID.randomUUID());
        assertThat(api.post(n + "/selection", "china", "{\"selected\":true}").status())
                .isEqualTo(200);
        assertThat(api.post(n + "/enrolment", "kazakhstan", "{}").status()).isEqualTo(200);
        assertThat(api.post(n + "/attendance", "china", "{\"days\":5}").status())
                .isEqualTo(200);
        return n;
    }

    /** The places delivered toward a pledge, as its page and API show them. */
    int delivered(String pledge) {
        return api.get("/api/v1/commitments/" + pledge).json().get("delivered").asInt();
    }
}
