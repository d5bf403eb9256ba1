package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path that nominates (API and page) is decided by the course itself: within the allocation, before the
 * deadline, one decision after the other when several arrive at once.
 */
@PlatformTest
class NominationPathsTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** A course open to KAZ, ETH and IDN in which Kazakhstan holds one seat. */
    String courseWithOneSeatForKazakhstan(LocalDate deadline) {
        String body = "{\"provider\":\"demo-security-academy\",\"topic\":\"Paths " + UUID.randomUUID() + "\","
                + "\"priorityAreas\":[\"III.15\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                + deadline.plusDays(10) + "\",\"seats\":4,\"capPerCountry\":2,\"eligibility\":\"parties\","
                + "\"eligibleParties\":[\"KAZ\",\"ETH\",\"IDN\"],\"nominationDeadline\":\"" + deadline + "\"}";
        Api.Response created = api.post("/api/v1/training/courses", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String course = created.json().get("id").asString();
        if (!deadline.isBefore(LocalDate.now())) {
            new TrainingSteps(api).allocate(course, 1, "kazakhstan");
        }
        return course;
    }

    static final int ATTEMPTS = 32;

    @Test
    void parallelNominationsForTheLastSeatAreDecidedOneAfterTheOther() throws Exception {
        String course = courseWithOneSeatForKazakhstan(LocalDate.now().plusDays(5));
        api.token("kazakhstan");
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        CountDownLatch ready = new CountDownLatch(ATTEMPTS);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String name = "Parallel Candidate " + i;
            attempts.add(() -> {
                ready.countDown();
                ready.await();
                return api.post(
                                "/api/v1/training/courses/" + course + "/nominations",
                                "kazakhstan",
                                "{\"name\":\"" + name + "\"}")
                        .status();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(attempts)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(ATTEMPTS - 1);
        assertThat(api.get("/api/v1/training/courses/" + course + "/nominations")
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aNominationOnThePageBeyondTheAllocationIsRefusedWithTheCoursesReason() {
        String course = courseWithOneSeatForKazakhstan(LocalDate.now().plusDays(5));
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        String page = "/training/courses/" + course;

        PageSession.Page first = kazakhstan.post(page, page + "/nominations", Map.of("name", "Page Candidate One"));
        PageSession.Page second = kazakhstan.post(page, page + "/nominations", Map.of("name", "Page Candidate Two"));

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Seats allocated to KAZ: 1. Every one is held by a nomination");
        assertThat(kazakhstan.get(page).body()).contains("Page Candidate One").doesNotContain("Page Candidate Two");
    }

    @Test
    void aNominationOnThePageAfterTheDeadlineIsRefusedWithTheDate() {
        LocalDate deadline = LocalDate.now().minusDays(2);
        String course = courseWithOneSeatForKazakhstan(deadline);
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        String page = "/training/courses/" + course;

        PageSession.Page late = kazakhstan.post(page, page + "/nominations", Map.of("name", "Late Page Candidate"));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body())
                .contains("Nominations for this course closed on "
                        + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(java.util.Locale.ENGLISH)
                                .format(deadline));
        assertThat(api.get("/api/v1/training/courses/" + course + "/nominations")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void aNominationThatWasNotSelectedCannotBeWithdrawn() {
        String course = courseWithOneSeatForKazakhstan(LocalDate.now().plusDays(5));
        String nomination = api.post(
                        "/api/v1/training/courses/" + course + "/nominations",
                        "kazakhstan",
                        "{\"name\":\"Declined Candidate\"}")
                .json()
                .get("id")
                .asString();
        String n = "/api/v1/training/nominations/" + nomination;
        assertThat(api.post(n + "/selection", "china", "{\"selected\":false}").status())
                .isEqualTo(200);

        Api.Response withdrawn = api.post(n + "/withdrawal", "kazakhstan", "{}");

        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().get("detail").asString())
                .contains("can no longer be withdrawn: it is not selected");
    }
}
