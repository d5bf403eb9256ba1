package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CourseConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String course() {
        LocalDate deadline = LocalDate.now().plusDays(30);
        String body = "{\"provider\":\"demo-security-academy\",\"topic\":\"Race " + UUID.randomUUID() + "\","
                + "\"priorityAreas\":[\"III.15\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                + deadline.plusDays(10)
                + "\",\"language\":\"en\",\"modality\":\"in_person\",\"seats\":10,\"capPerCountry\":2,"
                + "\"eligibility\":\"parties\",\"eligibleParties\":[\"KAZ\",\"ETH\"],\"nominationDeadline\":\""
                + deadline + "\"}";
        Api.Response r = api.post("/api/v1/training/courses", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void ofThirtyAllocationsWithTheSameEtagExactlyOneIsMade() {
        String id = course();
        String path = "/api/v1/training/courses/" + id;
        assertThat(api.post(path + "/demands", "kazakhstan", "{\"seats\":2}").status())
                .isEqualTo(204);

        Race.ofChanges(api, "training course: allocate seats", "china", "POST", path, path + "/allocation", n -> "{}");

        long notices = StreamSupport.stream(
                        api.get("/api/v1/notifications?size=200", "kazakhstan")
                                .json()
                                .get("items")
                                .spliterator(),
                        false)
                .filter(m -> m.get("link").asString().equals("/training/courses/" + id))
                .count();
        assertThat(notices).as("one allocation, one notice").isEqualTo(1);
    }

    @Test
    void anAllocationWithoutIfMatchIsRefused() {
        String id = course();
        Api.Response refused = api.post("/api/v1/training/courses/" + id + "/allocation", "china", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(428);
    }
}
