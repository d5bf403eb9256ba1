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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two platform processes (the packaged jar) on one PostgreSQL, as behind a load balancer: node A runs the embedded
 * server of its data directory, node B connects to that server as an external database with the roles and passwords
 * kept there. Whatever a user does on one node holds on the other. Run by Failsafe ({@code ./mvnw verify}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesJarTests {

    private static final Path JAR = Path.of("target/gsi-platform.jar");
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Process> started = new ArrayList<>();
    private Node a;
    private Node b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        assertThat(JAR)
                .as("the jar is built before this test runs (./mvnw verify)")
                .exists();
        Path root = Files.createDirectories(Path.of("target/jar-tests/two-nodes-" + UUID.randomUUID()));
        Path dirA = root.resolve("a");
        a = start("a", dirA, Map.of(), "--gsi.demo=true", "--gsi.demo.events=false");
        a.awaitHealthy();

        DatabaseCredentials credentials = DatabaseCredentials.read(dirA).orElseThrow();
        String port = Files.readString(dirA.resolve("postgres.port")).strip();
        b = start(
                "b",
                root.resolve("b"),
                Map.of(
                        "GSI_DB_URL",
                        "jdbc:postgresql://localhost:" + port + "/postgres",
                        "GSI_DB_USER",
                        DatabaseCredentials.APPLICATION,
                        "GSI_DB_PASSWORD",
                        credentials.password(DatabaseCredentials.APPLICATION),
                        "GSI_DB_MIGRATION_USER",
                        DatabaseCredentials.OWNER,
                        "GSI_DB_MIGRATION_PASSWORD",
                        credentials.password(DatabaseCredentials.OWNER)),
                "--gsi.demo=false");
        b.awaitHealthy();
    }

    @AfterAll
    void stopBothNodes() {
        Stream.of(b, a).filter(n -> n != null).forEach(n -> n.process().destroy());
        for (Process p : started) {
            try {
                p.waitFor(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroyForcibly();
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
