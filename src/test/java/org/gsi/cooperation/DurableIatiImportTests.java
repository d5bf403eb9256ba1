package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.JobNodes;
import org.gsi.PlatformTest;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A background IATI import is a row in the database, claimed by one node at a time. Each activity is written in
 * its own transaction together with the record of what happened to it, so that every node reads the same progress
 * and a node taking over a job passes over what was written. The platform under test runs no jobs itself: the
 * nodes are schedulers of the test ({@link JobNodes}) running the platform's own import job.
 */
@PlatformTest
@TestPropertySource(properties = {"gsi.jobs.enabled=false", "gsi.earlywarning.import-chunk-rows=7"})
class DurableIatiImportTests {

    /** Which test node the current thread works for; threads a job starts (the IATI writers) inherit it. */
    private static final InheritableThreadLocal<String> NODE = new InheritableThreadLocal<>();

    /** Node A dies while writing the activity after this many. */
    private static final int DIES_AFTER = 20;

    private static final Pattern IDENTIFIER = Pattern.compile("<iati-identifier>([^<]+)</iati-identifier>");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GsiProperties properties;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    Jobs jobs;

    @Autowired
    @Qualifier("iatiImportJob")
    OneTimeTask<Void> iatiImportJob;

    Api api;
    JobNodes nodes;
    final List<ApplicationListener<?>> listeners = new ArrayList<>();

    /** Counted down when node A's threads may wake up, at the latest when the test ends. */
    final CountDownLatch gone = new CountDownLatch(1);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        nodes = new JobNodes(dataSource);
    }

    @AfterEach
    void tearDown() {
        gone.countDown();
        nodes.close();
        listeners.forEach(multicaster::removeApplicationListener);
    }

    @Test
    void aQueuedImportWaitsForANodeAndIsRunByTheFirstOneToStartWithExactCounts() throws Exception {
        String xml = IatiImportJobTests.largeFile(60_000);
        int activities = xml.split("<iati-activity ", -1).length - 1;
        String location = submit(xml);

        Thread.sleep(1_000);
        JsonNode waiting = job(api, location);
        assertThat(waiting.get("state").asString()).isEqualTo("queued");
        assertThat(waiting.get("total").asInt()).isEqualTo(activities);

        nodes.start("node-a", List.of(iatiImportJob));
        JsonNode job = awaitEnd(api, location, reading -> {});
        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("done").asInt()).isEqualTo(activities);
        assertThat(job.get("imported").asInt()).isEqualTo(activities);
        assertThat(job.get("activities").size()).isEqualTo(activities);
        assertThat(api.get(location, "brazil").status()).isEqualTo(404);
    }

    @Test
    void anImportWhoseNodeDiesMidwayIsResumedByANodeSharingItsDiskWithEveryActivityOnce() throws Exception {
        dieMidwayAndTakeOver(false);
    }

    @Test
    void anImportWhoseNodeDiesMidwayIsResumedByANodeOnAnotherMachineFromTheFileKeptInTheDatabase() throws Exception {
        dieMidwayAndTakeOver(true);
    }

    /**
     * Node A runs an import of 52 activities and dies in the middle of writing the 21st or so: its connection ends
     * with the activity's transaction open and its threads never return. Node B takes the job over once A's heartbeat
     * has stopped and goes on from the activities A committed, reading the file from the disk it shares with A or,
     * on {@code anotherMachine}, from the copy kept in the database. That file is rewritten before B starts (every
     * title marked "revised"), so that an activity written twice would show with the new title. Every activity ends
     * up as one project with its transactions, the job's counts are exact, and when A's threads wake up at last they
     * change nothing.
     */
    private void dieMidwayAndTakeOver(boolean anotherMachine) throws Exception {
        String run = "KILL-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = activities(run, 4, false);
        Map<String, Integer> transactions = fileTransactions(xml);
        int activities = transactions.size();
        assertThat(activities).isEqualTo(52);

        CountDownLatch dying = new CountDownLatch(1);
        CountDownLatch aReturned = new CountDownLatch(1);
        Set<Object> seenByA = ConcurrentHashMap.newKeySet();
        Set<Thread> deadWriters = ConcurrentHashMap.newKeySet();
        listen(event -> {
            if (!(event instanceof PayloadApplicationEvent<?> p)
                    || !(p.getPayload() instanceof ProjectEvent e)
                    || !"node-a".equals(NODE.get())) {
                return;
            }
            if (gone.getCount() == 0) {
                throw new IllegalStateException("node A is gone");
            }
            if (dying.getCount() > 0) {
                seenByA.add(e.projectId());
                if (seenByA.size() <= DIES_AFTER) {
                    return;
                }
            }
            // node A dies here, inside the activity's transaction: its connection ends, and the transaction with it
            endConnection();
            deadWriters.add(Thread.currentThread());
            dying.countDown();
            JobNodes.awaitUninterruptibly(gone);
            throw new IllegalStateException("node A is gone");
        });
        List<String> runs = new CopyOnWriteArrayList<>();
        String location = submit(xml);
        String id = location.substring(location.lastIndexOf('/') + 1);

        Scheduler a = nodes.start("node-a", List.of(onNode("node-a", runs, aReturned)));
        assertThat(dying.await(60, TimeUnit.SECONDS)).isTrue();
        // A's other writer dies too at its next activity, or waits for work A's reader no longer gives it
        JsonNode midway = awaitSteady(location);
        nodes.stop(a);
        assertThat(midway.get("state").asString()).isEqualTo("running");
        assertThat(midway.get("total").asInt()).isEqualTo(activities);
        int committedByA = midway.get("done").asInt();
        assertThat(committedByA).isBetween(DIES_AFTER - 2, activities - 1);
        assertThat(midway.get("imported").asInt()).isEqualTo(committedByA);
        Set<String> writtenByA = identifiers(run);
        assertThat(writtenByA).as("what A recorded is exactly what A committed").hasSize(committedByA);

        Path kept = properties.dataDir().resolve("imports").resolve(id + ".xml");
        assertThat(kept).exists();
        Path revised = Files.writeString(kept.resolveSibling(id + ".revised"), activities(run, 4, true));
        if (anotherMachine) {
            // B's disk has no copy of the upload: B reads the one kept in the database
            Files.delete(kept);
            jobs.files().delete(UUID.fromString(id));
            jobs.files().keep(UUID.fromString(id), revised);
            Files.delete(revised);
        } else {
            Files.move(revised, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        Instant diedAt = Instant.now();
        nodes.start("node-b", List.of(onNode("node-b", runs, new CountDownLatch(1))));
        List<Integer> progress = new ArrayList<>();
        JsonNode done =
                awaitEnd(api, location, job -> progress.add(job.get("done").asInt()));
        assertThat(Duration.between(diedAt, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(runs).containsExactly("node-a:" + id, "node-b:" + id);
        assertThat(progress).as("progress read while B runs").isSorted().allMatch(n -> n >= committedByA);

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
        assertExactCounts(done, activities);
        assertThat(identifiers(run)).containsExactlyInAnyOrderElementsOf(transactions.keySet());
        assertThat(jdbc.sql("SELECT count(*) FROM cooperation_project WHERE iati_identifier LIKE ?")
                        .param(run + "-%")
                        .query(Long.class)
                        .single())
                .as("one project per activity")
                .isEqualTo(activities);
        assertThat(storedTransactions(run)).isEqualTo(transactions);
        assertThat(identifiers(run, "NOT LIKE '%revised%'"))
                .as("the activities A wrote were not written again")
                .isEqualTo(writtenByA);
        assertThat(identifiers(run, "LIKE '%revised%'"))
                .as("B wrote the others")
                .hasSize(activities - committedByA)
                .doesNotContainAnyElementsOf(writtenByA);

        // A's threads wake up long after B finished: the job, its counts and the projects stay as they are
        gone.countDown();
        assertThat(aReturned.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(deadWriters).isNotEmpty();
        JsonNode after = job(api, location);
        assertThat(after.get("state").asString()).isEqualTo("done");
        assertExactCounts(after, activities);
        assertThat(identifiers(run)).hasSize(activities);
        assertThat(nodes.noneLeft(iatiImportJob.getName())).isTrue();
        assertThat(api.get(location, "brazil").status()).isEqualTo(404);
        assertThat(kept).as("the upload is dropped once its job has ended").doesNotExist();
        assertThat(jobs.files().copyTo(UUID.fromString(id), kept)).isFalse();
    }

    /** Counts of a fresh file whose activities were all imported, each once. */
    private static void assertExactCounts(JsonNode job, int activities) {
        assertThat(job.get("total").asInt()).isEqualTo(activities);
        assertThat(job.get("done").asInt()).isEqualTo(activities);
        assertThat(job.get("imported").asInt()).isEqualTo(activities);
        assertThat(job.get("updated").asInt()).isZero();
        assertThat(job.get("unchanged").asInt()).isZero();
        assertThat(job.get("rejected").asInt()).isZero();
        assertThat(job.get("activities").size()).isEqualTo(activities);
        Set<String> projects = new HashSet<>();
        job.get("activities").forEach(e -> projects.add(e.get("projectId").asString()));
        assertThat(projects).hasSize(activities);
    }

    /** The platform's import job as run by one test node, which tells {@code runs} and {@code returned}. */
    private Task<Void> onNode(String node, List<String> runs, CountDownLatch returned) {
        return Tasks.oneTime(TaskDescriptor.of(iatiImportJob.getName())).execute((instance, context) -> {
            runs.add(node + ":" + instance.getId());
            NODE.set(node);
            try {
                iatiImportJob.execute(instance, context);
            } finally {
                NODE.remove();
                returned.countDown();
            }
        });
    }

    private void listen(ApplicationListener<ApplicationEvent> listener) {
        listeners.add(listener);
        multicaster.addApplicationListener(listener);
    }

    /** Ends the database connection of the transaction the current thread is in, as a dying process does. */
    private void endConnection() {
        endConnection(dataSource);
    }

    /** Ends the connection of {@code dataSource} in the transaction the current thread is in. */
    static void endConnection(DataSource dataSource) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
        } catch (SQLException expected) {
            // the server ended the connection
        }
    }

    /** Posts the file for a background import as Indonesia's editor; the job's address. */
    private String submit(String xml) throws Exception {
        HttpResponse<String> accepted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/imports/iati?priorityArea=III.18"))
                                .header("Authorization", "Bearer " + api.token("indonesia"))
                                .header("Content-Type", "application/xml")
                                .header("Prefer", "respond-async")
                                .POST(HttpRequest.BodyPublishers.ofString(xml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return accepted.headers().firstValue("Location").orElseThrow();
    }

    /** The import job at {@code location}, as Indonesia's editor reads it. */
    static JsonNode job(Api api, String location) {
        Api.Response r = api.get(location, "indonesia");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The job once it has ended, telling {@code running} of each reading while it runs. */
    static JsonNode awaitEnd(Api api, String location, Consumer<JsonNode> running) throws InterruptedException {
        JsonNode job = job(api, location);
        for (int i = 0;
                i < 600 && Set.of("queued", "running").contains(job.get("state").asString());
                i++) {
            running.accept(job);
            Thread.sleep(200);
            job = job(api, location);
        }
        return job;
    }

    /** The job once its progress has not moved for a second. */
    private JsonNode awaitSteady(String location) throws InterruptedException {
        JsonNode job = job(api, location);
        for (int same = 0; same < 5; ) {
            Thread.sleep(200);
            JsonNode now = job(api, location);
            same = now.get("done").equals(job.get("done")) ? same + 1 : 0;
            job = now;
        }
        return job;
    }

    /** The IATI identifiers of the stored projects of this run whose title matches {@code titleCondition}. */
    private Set<String> identifiers(String run, String titleCondition) {
        return new HashSet<>(jdbc.sql("SELECT iati_identifier FROM cooperation_project WHERE iati_identifier LIKE ?"
                        + " AND title_text " + titleCondition)
                .param(run + "-%")
                .query(String.class)
                .list());
    }

    private Set<String> identifiers(String run) {
        return identifiers(run, "IS NOT NULL");
    }

    /** The stored transactions of each project of this run, by IATI identifier. */
    private Map<String, Integer> storedTransactions(String run) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT p.iati_identifier, count(t.id) FROM cooperation_project p"
                        + " LEFT JOIN cooperation_transaction t ON t.project_id = p.id"
                        + " WHERE p.iati_identifier LIKE ? GROUP BY p.iati_identifier")
                .param(run + "-%")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /** The transactions of each activity of the file, by IATI identifier, in file order. */
    private static Map<String, Integer> fileTransactions(CharSequence xml) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String activity : ACTIVITY.split(xml)) {
            Matcher id = IDENTIFIER.matcher(activity);
            if (id.find()) {
                counts.put(id.group(1), activity.split("<transaction>", -1).length - 1);
            }
        }
        return counts;
    }

    private static final Pattern ACTIVITY = Pattern.compile("(?=<iati-activity[\\s>])");

    /**
     * {@code copies} times the thirteen activities of the IATI 2.03 example file, each with an identifier of its
     * own ({@code run-copy-original}) and its title starting with its place in the file, "revised" after it if
     * asked: the same file line for line, with other titles.
     */
    static String activities(String run, int copies, boolean revised) throws Exception {
        String sample = IatiApiTests.sample("example_203_file.xml");
        List<String> originals = new ArrayList<>();
        Matcher m =
                Pattern.compile("(?s)<iati-activity[\\s>].*?</iati-activity>").matcher(sample);
        while (m.find()) {
            originals.add(m.group());
        }
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
        int position = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (String original : originals) {
                String activity = IDENTIFIER
                        .matcher(original)
                        .replaceFirst("<iati-identifier>" + run + "-" + copy + "-$1</iati-identifier>");
                int title = activity.indexOf('>', activity.indexOf("<narrative", activity.indexOf("<title>"))) + 1;
                String mark = "[" + position++ + "]" + (revised ? " revised " : " ");
                xml.append(activity, 0, title)
                        .append(mark)
                        .append(activity, title, activity.length())
                        .append('\n');
            }
        }
        return xml.append("</iati-activities>\n").toString();
    }
}
