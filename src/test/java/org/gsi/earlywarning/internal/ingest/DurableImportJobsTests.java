package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.JobNodes;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Jobs on two nodes of one database. The platform under test runs no jobs itself ({@code gsi.jobs.enabled=false}):
 * schedulers of the test are the nodes ({@link JobNodes}), and imports are written in chunks of seven rows so that a
 * file of 111 records is many chunks.
 */
@PlatformTest
@TestPropertySource(properties = {"gsi.jobs.enabled=false", "gsi.earlywarning.import-chunk-rows=7"})
class DurableImportJobsTests {

    /** The records of the 120-line GED sample (a few of them span lines). */
    private static final long SAMPLE_RECORDS = 111;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventImportService imports;

    Uploads uploads;
    JobNodes nodes;

    @BeforeEach
    void setUp() {
        uploads = new Uploads(new Api(port), port);
        nodes = new JobNodes(dataSource);
    }

    @AfterEach
    void stopNodes() {
        nodes.close();
    }

    @Test
    void eachSubmittedImportRunsExactlyOnceOnOneOfTwoNodes() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        nodes.start("node-a", List.of(importJob("node-a", runs, (c, n, r, w) -> {})));
        nodes.start("node-b", List.of(importJob("node-b", runs, (c, n, r, w) -> {})));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] file = EventImportTests.uniqueGedSample().getBytes(StandardCharsets.UTF_8);
            ids.add(uploads.upload("secretariat", "ged-" + i + ".csv", file, null)
                    .json()
                    .get("id")
                    .asString());
        }

        for (String id : ids) {
            JsonNode job = uploads.await(id, "secretariat");
            assertThat(job.get("status").asString()).isEqualTo("DONE");
            assertExactCountsOfAFreshFile(job);
        }
        assertThat(runs).hasSize(4);
        assertThat(runs.stream().map(r -> r.substring(r.indexOf(':') + 1))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(nodes.noneLeft(EventImportJobs.IMPORT.getTaskName())).isTrue();
    }

    @Test
    void anImportWhoseNodeDiesMidwayIsFinishedByTheOtherNodeWithEveryRowOnce() throws Exception {
        CountDownLatch dying = new CountDownLatch(1);
        CountDownLatch gone = new CountDownLatch(1);
        Set<Integer> backends = ConcurrentHashMap.newKeySet();
        AtomicInteger chunks = new AtomicInteger();
        List<String> runs = new CopyOnWriteArrayList<>();
        Scheduler a = nodes.start("node-a", List.of(importJob("node-a", runs, (c, n, r, w) -> {
            backends.add(c.unwrap(PGConnection.class).getBackendPID());
            if (chunks.incrementAndGet() == 3) {
                // the third chunk is being written: node A dies here, its transaction open
                dying.countDown();
                JobNodes.awaitUninterruptibly(gone);
                throw new IllegalStateException("node A is gone");
            }
        })));
        byte[] file = EventImportTests.uniqueGedSample().getBytes(StandardCharsets.UTF_8);
        String id = uploads.upload("secretariat", "ged-takeover.csv", file, null)
                .json()
                .get("id")
                .asString();
        assertThat(dying.await(60, TimeUnit.SECONDS)).isTrue();
        JsonNode midway =
                new Api(port).get("/api/v1/events/imports/" + id, "secretariat").json();
        assertThat(midway.get("status").asString()).isEqualTo("RUNNING");
        assertThat(midway.get("read").asLong()).isEqualTo(14);

        // node A's process ends: its connections drop (and its locks with them), its heartbeat stops
        for (int pid : backends) {
            jdbc.sql("SELECT pg_terminate_backend(?)")
                    .param(pid)
                    .query(Boolean.class)
                    .single();
        }
        nodes.stop(a);
        Instant diedAt = Instant.now();
        nodes.start("node-b", List.of(importJob("node-b", runs, (c, n, r, w) -> {})));

        JsonNode job = uploads.await(id, "secretariat");
        gone.countDown();
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(Duration.between(diedAt, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(runs).containsExactly("node-a:" + id, "node-b:" + id);
        assertExactCountsOfAFreshFile(job);
        String prefix = firstKey(file).substring(0, 6);
        assertThat(jdbc.sql("SELECT count(*) FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id LIKE ?")
                        .param(prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(job.get("imported").asLong());
        EventImportTests.assertRollupsEqualADirectAggregation(jdbc);
    }

    @Test
    void aRecurringJobRunsOncePerPeriodWhateverTheNumberOfNodes() throws Exception {
        List<Instant[]> runs = Collections.synchronizedList(new ArrayList<>());
        String name = "test-recurring-" + UUID.randomUUID();
        for (String node : List.of("node-a", "node-b", "node-c")) {
            nodes.start(
                    node,
                    List.of(Tasks.recurring(name, Schedules.fixedDelay(Duration.ofMillis(300)))
                            .execute((instance, context) -> {
                                Instant started = Instant.now();
                                sleep(100);
                                runs.add(new Instant[] {started, Instant.now()});
                            })));
        }

        sleep(3_000);
        nodes.close();

        List<Instant[]> done = new ArrayList<>(runs);
        done.sort((x, y) -> x[0].compareTo(y[0]));
        assertThat(done).hasSizeBetween(3, 8);
        for (int i = 1; i < done.size(); i++) {
            // never two runs at once, and the next only a period after the one before ended
            assertThat(Duration.between(done.get(i - 1)[1], done.get(i)[0]))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(290));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM platform_job WHERE task_name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private Task<Void> importJob(String node, List<String> runs, EventImporter.ChunkListener observer) {
        return Tasks.oneTime(EventImportJobs.IMPORT).execute((instance, context) -> {
            runs.add(node + ":" + instance.getId());
            imports.runQueued(UUID.fromString(instance.getId()), observer);
        });
    }

    private static void assertExactCountsOfAFreshFile(JsonNode job) {
        long read = job.get("read").asLong();
        assertThat(read).isEqualTo(SAMPLE_RECORDS);
        assertThat(job.get("updated").asLong()).isZero();
        assertThat(job.get("unchanged").asLong()).isZero();
        assertThat(job.get("imported").asLong() + job.get("rejected").asLong()).isEqualTo(read);
    }

    private static String firstKey(byte[] file) {
        String second = new String(file, StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow();
        return second.substring(0, second.indexOf(','));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
