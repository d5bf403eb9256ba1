package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar run as an operator runs it ({@code java -jar target/gsi-platform.jar}), each start a process of
 * its own on a data directory under {@code target/}. Run by Failsafe after the jar is built ({@code ./mvnw verify}).
 */
class PlatformJarTests {

    private static final Path JAR = Path.of("target/gsi-platform.jar");
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() {
        started.forEach(Process::destroy);
        started.forEach(p -> waitFor(p, Duration.ofSeconds(60)));
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void afterKill9TheNextStartStopsTheLeftOverDatabaseAndIsHealthyAgain() throws Exception {
        Path dir = dataDirectory("restart");
        Platform first = start(dir, "first");
        first.awaitHealthy();
        first.stop();
        assertThat(first.output())
                .as("the migrations of a new directory ran beside the assembly, and Flyway took them over")
                .anyMatch(line -> line.contains("Migrations ran while the application was assembled; taken over"));

        Platform normal = start(dir, "normal");
        double normalStart = normal.awaitHealthy();
        assertThat(normal.output())
                .anyMatch(line -> line.contains("Migrations ran while the application was assembled; taken over"));
        long leftOver = postmaster(dir).orElseThrow();
        normal.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives the killed platform")
                .contains(true);

        Platform restarted = start(dir, "after-kill");
        double restart = restarted.awaitHealthy();
        assertThat(ProcessHandle.of(leftOver).filter(ProcessHandle::isAlive))
                .as("the left-over server was stopped")
                .isEmpty();
        assertThat(restarted.get("/api/v1/parties/CHN").statusCode()).isEqualTo(200);
        System.out.printf(
                "[restart] seconds to healthy: normal start %.1f, start after kill -9 %.1f (%.2f times)%n",
                normalStart, restart, restart / normalStart);
        restarted.stop();
        assertThat(postmaster(dir)).as("no server left running").isEmpty();
    }

    @Test
    void aSecondInstanceIsRefusedWithOneLineWhileTheCommandLineWorksBesideTheRunningPlatformAndAfterIt()
            throws Exception {
        Path dir = dataDirectory("second");
        Platform running = start(dir, "running");
        running.awaitHealthy();

        Platform second = start(dir, "second");
        assertThat(second.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> output = second.output();
        assertThat(second.process().exitValue()).as(String.join("\n", output)).isEqualTo(1);
        assertThat(output)
                .as("one clear line, no stack trace")
                .hasSize(1)
                .first()
                .asString()
                .contains("already using the data directory "
                        + dir.toAbsolutePath().normalize());
        assertThat(running.get("/actuator/health").statusCode()).isEqualTo(200);

        Command added = command(dir, "add", "users", "add", "jar.operator", "--party=BRA", "--role=viewer");
        assertThat(added.exitCode()).as(added.output()).isZero();
        assertThat(added.output()).contains("Added jar.operator");
        running.stop();

        Command listed = command(dir, "list", "users", "list", "--party=BRA");
        assertThat(listed.exitCode()).as(listed.output()).isZero();
        assertThat(listed.output()).contains("jar.operator");
        assertThat(postmaster(dir))
                .as("the command line stops the server it started")
                .isEmpty();
    }

    private Path dataDirectory(String name) throws IOException {
        assertThat(JAR)
                .as("the jar is built before this test runs (./mvnw verify)")
                .exists();
        return Files.createDirectories(Path.of("target/jar-tests/" + name + "-" + UUID.randomUUID()));
    }

    private Platform start(Path dir, String name) throws IOException {
        int port = freePort();
        Path log = dir.resolveSibling(dir.getFileName() + "-" + name + ".log");
        Process p = new ProcessBuilder(
                        java(),
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--gsi.data-dir=" + dir,
                        "--management.server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(p);
        return new Platform(p, port, log, System.nanoTime());
    }

    private Command command(Path dir, String name, String... args) throws Exception {
        Path log = dir.resolveSibling(dir.getFileName() + "-command-" + name + ".log");
        List<String> line = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        line.addAll(List.of(args));
        line.add("--gsi.data-dir=" + dir);
        Process p = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        started.add(p);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the command ends").isTrue();
        return new Command(p.exitValue(), Files.readString(log));
    }

    /** The process id of the embedded PostgreSQL server running on {@code dir}, if one runs. */
    private static Optional<Long> postmaster(Path dir) {
        return OrphanedServer.Record.read(dir.resolve("postgres/postmaster.pid"))
                .map(OrphanedServer.Record::pid)
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(Process p, Duration timeout) {
        try {
            p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Command(int exitCode, String output) {}

    /** One start of the jar. */
    private record Platform(Process process, int port, Path log, long startedAt) {

        /** Waits until the platform answers healthy; returns the seconds it took from launch. */
        double awaitHealthy() throws Exception {
            long deadline = startedAt + HEALTHY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive())
                        .as("the platform is running; its log:\n" + String.join("\n", output()))
                        .isTrue();
                try {
                    HttpResponse<String> r = get("/actuator/health");
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return (System.nanoTime() - startedAt) / 1e9;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("not healthy within " + HEALTHY_WITHIN + "; log:\n" + String.join("\n", output()));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }

        /** Stops the platform as a service manager does (SIGTERM) and waits for it to end. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(2, TimeUnit.MINUTES))
                    .as("the platform stops")
                    .isTrue();
        }

        List<String> output() {
            try {
                return Files.readAllLines(log).stream()
                        .filter(l -> !l.isBlank())
                        .toList();
            } catch (IOException e) {
                return List.of("(no log: " + e.getMessage() + ")");
            }
        }
    }
}
