package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two platform processes (the packaged jar) on one PostgreSQL, as behind a load balancer: node A runs the embedded
 * server of its data directory, node B connects to that server as an external database with the roles and passwords
 * kept there. Whatever a user does on one node holds on the other. Run by Failsafe ({@code ./mvnw verify}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesJarTests {

    private static final Path JAR = Path.of("target/gsi-platform.jar");
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A node that runs jobs, takes over a dead node's job within seconds, and imports in small chunks. */
    private static final String[] JOB_NODE = {
        "--gsi.demo=false",
        "--gsi.jobs.heartbeat=1s",
        "--gsi.jobs.missed-heartbeats=4",
        "--gsi.jobs.polling-interval=1s",
        "--gsi.earlywarning.import-chunk-rows=500"
    };

    private static final int IMPORT_ROWS = 60_000;

    private final List<Process> started = new ArrayList<>();
    private Node a;
    private Node b;
    private Path root;
    private String database;
    private String ownerPassword;
    private Map<String, String> externalDatabase;

    @BeforeAll
    void startTwoNodes() throws Exception {
        assertThat(JAR)
                .as("the jar is built before this test runs (./mvnw verify)")
                .exists();
        Path root = Files.createDirectories(Path.of("target/jar-tests/two-nodes-" + UUID.randomUUID()));
        Path dirA = root.resolve("a");
        // node A serves pages and holds the database but runs no jobs: the import below runs on B or C
        a = start("a", dirA, Map.of(), "--gsi.demo=true", "--gsi.demo.events=false", "--gsi.jobs.enabled=false");
        a.awaitHealthy();

        DatabaseCredentials credentials = DatabaseCredentials.read(dirA).orElseThrow();
        String port = Files.readString(dirA.resolve("postgres.port")).strip();
        database = "jdbc:postgresql://localhost:" + port + "/postgres";
        ownerPassword = credentials.password(DatabaseCredentials.OWNER);
        externalDatabase = Map.of(
                "GSI_DB_URL",
                database,
                "GSI_DB_USER",
                DatabaseCredentials.APPLICATION,
                "GSI_DB_PASSWORD",
                credentials.password(DatabaseCredentials.APPLICATION),
                "GSI_DB_MIGRATION_USER",
                DatabaseCredentials.OWNER,
                "GSI_DB_MIGRATION_PASSWORD",
                ownerPassword);
        this.root = root;
        b = start("b", root.resolve("b"), externalDatabase, JOB_NODE);
        b.awaitHealthy();
    }

    @AfterAll
    void stopTheNodes() {
        // the nodes that use node A's database first, node A (and its database) last
        List<Process> order = new ArrayList<>(started);
        if (a != null) {
            order.remove(a.process());
            order.add(a.process());
        }
        for (Process p : order) {
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOtherAndEndsOnBothWhenTheUserIsDisabledOrReset() throws Exception {
        String secretariat = a.token("secretariat", "demo");
        for (String ending : List.of("disable", "password")) {
            String user = "two-nodes-" + ending + "-" + System.nanoTime();
            assertThat(a.send(
                                    "POST",
                                    "/api/v1/users",
                                    secretariat,
                                    "{\"username\":\"" + user
                                            + "\",\"party\":\"ETH\",\"role\":\"officer\",\"password\":\"two-nodes-password\"}")
                            .statusCode())
                    .isEqualTo(201);
            String session = a.logIn(user, "two-nodes-password");

            assertThat(b.me(session).body())
                    .as("the session opened on A is known on B")
                    .contains(user);
            assertThat(a.me(session).body()).contains(user);

            assertThat(b.send("POST", "/api/v1/users/" + user + "/" + ending, secretariat, "{}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(a.me(session).statusCode())
                    .as("after '%s' on B, the session ends on A", ending)
                    .isNotEqualTo(200);
            assertThat(b.me(session).statusCode()).isNotEqualTo(200);
        }
    }

    @Test
    void aPositionStatedOnOneNodeReachesALiveViewerOnTheOtherWithinASecond() throws Exception {
        String secretariat = a.token("secretariat", "demo");
        HttpResponse<String> created = a.send(
                "POST",
                "/api/v1/texts",
                secretariat,
                "{\"title\":\"Two nodes\",\"rule\":\"consensus\",\"participants\":[\"CHN\",\"BRA\"],"
                        + "\"facilitator\":\"gsi-secretariat\",\"visibility\":\"participants\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String text = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> paragraph = a.send(
                "POST",
                "/api/v1/texts/" + text + "/paragraphs",
                secretariat,
                "{\"number\":\"OP1\",\"text\":\"Parties cooperate.\"}",
                Map.of(
                        "If-Match",
                        a.send("GET", "/api/v1/texts/" + text, secretariat, null)
                                .headers()
                                .firstValue("ETag")
                                .orElseThrow()));
        assertThat(paragraph.statusCode()).as(paragraph.body()).isEqualTo(201);

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(b.uri("/api/v1/texts/" + text + "/events"))
                                .header("Authorization", "Bearer " + b.token("brazil", "demo"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add));
        assertThat(nextEvent(lines, Duration.ofSeconds(30)))
                .as("the stream on B says hello")
                .isEqualTo("hello");

        long before = System.nanoTime();
        HttpResponse<String> stated = a.send(
                "PUT",
                "/api/v1/texts/" + text + "/paragraphs/OP1/positions/CHN",
                a.token("china", "demo"),
                "{\"stance\":\"support\",\"reason\":\"agreed at home\"}");
        long answered = System.nanoTime();
        assertThat(stated.statusCode()).as(stated.body()).isBetween(200, 201);
        String event = nextEvent(lines, Duration.ofSeconds(5));
        long heard = System.nanoTime();
        assertThat(event).as("the viewer on B hears the position stated on A").isNotNull();
        System.out.printf(
                "[two nodes] position answered on A in %.0f ms, heard on B %.0f ms after the answer (%.0f ms after"
                        + " the request)%n",
                (answered - before) / 1e6, (heard - answered) / 1e6, (heard - before) / 1e6);
        assertThat(Duration.ofNanos(heard - answered)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aCacheEmptiedByAChangeOnOneNodeIsFreshOnTheOther() throws Exception {
        String china = a.token("china", "demo");
        String word = "twonodes" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String list = "/api/v1/projects?q=" + word;
        assertThat(total(b.send("GET", list, china, null))).isZero();
        assertThat(total(b.send("GET", list, china, null)))
                .as("B now keeps the count (a minute at most)")
                .isZero();

        HttpResponse<String> created = a.send(
                "POST",
                "/api/v1/projects",
                china,
                "{\"title\":{\"en\":\"" + word + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"TUV\"],"
                        + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\",\"visibility\":\"public\","
                        + "\"participants\":[{\"party\":\"TUV\",\"roles\":[\"implementing\"]}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long seen = 0;
        while (seen == 0 && System.nanoTime() < deadline) {
            seen = total(b.send("GET", list, china, null));
            Thread.sleep(50);
        }
        assertThat(seen)
                .as("B counts the project created on A well before its kept count would expire")
                .isEqualTo(1);
    }

    /**
     * Last, because it kills a node: an import queued on A (which runs no jobs) runs on exactly one of B and C, its
     * progress is read on A while it runs, the node running it is killed after its first chunks, and the other node
     * finishes it from the last committed chunk with every row counted and stored once.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anImportRunsOnceAndANodeKilledMidwayLeavesItToTheOtherWithExactCounts() throws Exception {
        Node c = start("c", root.resolve("c"), externalDatabase, JOB_NODE);
        c.awaitHealthy();
        String secretariat = a.token("secretariat", "demo");
        HttpResponse<String> queued = a.upload("/api/v1/events/imports", secretariat, "gdelt-two-nodes.csv", gdelt());
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String id = JSON.readTree(queued.body()).get("id").asString();

        // wait until a node has committed a chunk or more, read on A, then kill the node that runs the import
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        tools.jackson.databind.JsonNode midway = null;
        String runner = null;
        while (System.nanoTime() < deadline) {
            tools.jackson.databind.JsonNode job =
                    JSON.readTree(a.send("GET", "/api/v1/events/imports/" + id, secretariat, null)
                            .body());
            assertThat(job.get("status").asString())
                    .as("killed before the end: %s", job)
                    .isNotEqualTo("DONE");
            runner = pickedBy(id);
            if (runner != null && job.get("read").asLong() > 0) {
                midway = job;
                break;
            }
            Thread.sleep(20);
        }
        assertThat(midway).as("the import started on a node").isNotNull();
        long pid = Long.parseLong(runner.split("#")[1]);
        Node dying = b.process().pid() == pid ? b : c;
        Node survivor = dying == b ? c : b;
        assertThat(dying.process().pid()).as("the runner %s is B or C", runner).isEqualTo(pid);
        dying.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(midway.get("status").asString()).isEqualTo("RUNNING");
        assertThat(midway.get("read").asLong()).isBetween(1L, (long) IMPORT_ROWS - 1);

        tools.jackson.databind.JsonNode done = null;
        deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            tools.jackson.databind.JsonNode job =
                    JSON.readTree(survivor.send("GET", "/api/v1/events/imports/" + id, secretariat, null)
                            .body());
            if (!job.get("status").asString().equals("RUNNING")
                    && !job.get("status").asString().equals("QUEUED")) {
                done = job;
                break;
            }
            Thread.sleep(200);
        }
        assertThat(done).as("the surviving node finishes the import").isNotNull();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        long imported = done.get("imported").asLong();
        long rejected = done.get("rejected").asLong();
        assertThat(done.get("read").asLong()).isEqualTo(IMPORT_ROWS);
        assertThat(done.get("updated").asLong()).isZero();
        assertThat(done.get("unchanged").asLong()).as("no row written twice").isZero();
        assertThat(imported + rejected).isEqualTo(IMPORT_ROWS);
        assertThat(rejected)
                .as("the sample's rows without a country, once each")
                .isEqualTo(IMPORT_ROWS / 50 * 4);
        try (Connection db = DriverManager.getConnection(database, DatabaseCredentials.OWNER, ownerPassword);
                PreparedStatement count =
                        db.prepareStatement("SELECT count(*) FROM earlywarning_event WHERE import_job = ?::uuid")) {
            count.setString(1, id);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("every imported row stored once").isEqualTo(imported);
            }
        }
    }

    /** The node that runs the import, as the jobs table names it (host#pid#suffix), or null while none does. */
    private String pickedBy(String importId) throws Exception {
        try (Connection db = DriverManager.getConnection(database, DatabaseCredentials.OWNER, ownerPassword);
                PreparedStatement q =
                        db.prepareStatement("SELECT picked_by FROM platform_job WHERE task_instance = ? AND picked")) {
            q.setString(1, importId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A GDELT 2.0 file of {@link #IMPORT_ROWS} rows: the shipped 50-row sample again and again with fresh ids. */
    private static byte[] gdelt() throws IOException {
        List<String> sample = Files.readAllLines(
                Path.of("src/test/resources/earlywarning/gdelt2-20170701234500.export.sample50.CSV"));
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < IMPORT_ROWS; i++) {
            String line = sample.get(i % sample.size());
            file.append(900_000_000L + i)
                    .append(line, line.indexOf('\t'), line.length())
                    .append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long total(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("total").asLong();
    }

    /** The name of the next event on the stream, or null if none comes in time. */
    private static String nextEvent(BlockingQueue<String> lines, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith("event:")) {
                return line.substring("event:".length()).strip();
            }
        }
        return null;
    }

    private Node start(String name, Path dir, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> line = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--gsi.data-dir=" + dir));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(name + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("GSI_SECURE_COOKIES", "false");
        Process p = builder.start();
        started.add(p);
        return new Node(p, port, dir.resolveSibling(name + ".log"), System.nanoTime());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One platform process, and the requests the test sends it. */
    private record Node(Process process, int port, Path log, long startedAt) {

        private static final HttpClient HTTP = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private static final Pattern SESSION = Pattern.compile("GSISESSION=([^;]+)");
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        void awaitHealthy() throws Exception {
            while (System.nanoTime() < startedAt + HEALTHY_WITHIN.toNanos()) {
                assertThat(process.isAlive())
                        .as("the node runs; its log:\n%s", Files.readString(log))
                        .isTrue();
                try {
                    HttpResponse<String> r = send("GET", "/actuator/health", null, null);
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("not healthy in time; log:\n" + Files.readString(log));
        }

        String token(String user, String password) throws Exception {
            HttpResponse<String> r = send(
                    "POST",
                    "/api/v1/auth/tokens",
                    null,
                    "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return JSON.readTree(r.body()).get("token").asString();
        }

        /** Logs in through the login form as a browser does; returns the session cookie's value. */
        String logIn(String user, String password) throws Exception {
            HttpResponse<String> form =
                    HTTP.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as(form.body()).isTrue();
            String body =
                    "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpRequest.Builder login = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            session(form).ifPresent(s -> login.header("Cookie", "GSISESSION=" + s));
            HttpResponse<String> r = HTTP.send(login.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return session(r).orElseThrow();
        }

        HttpResponse<String> me(String session) throws Exception {
            return HTTP.send(
                    HttpRequest.newBuilder(uri("/api/v1/auth/me"))
                            .header("Cookie", "GSISESSION=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
            return send(method, path, token, json, Map.of());
        }

        HttpResponse<String> send(String method, String path, String token, String json, Map<String, String> headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                r.header("Content-Type", "application/json");
            }
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            headers.forEach(r::header);
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, String token, String filename, byte[] content) throws Exception {
            String boundary = "two-nodes-" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            return HTTP.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofMinutes(2))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static java.util.Optional<String> session(HttpResponse<String> r) {
            return r.headers().allValues("Set-Cookie").stream()
                    .map(SESSION::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .reduce((first, last) -> last);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
