package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gsi.PlatformTest;
import org.gsi.platform.GsiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jar's command line as an operator runs it: a process of its own on the running platform's data directory.
 * It ends with its exit status when its work is done, and an import whose process is killed is marked failed at
 * the next start.
 */
@PlatformTest
class CommandLineProcessTests {

    private static final long START_SECONDS = 240;

    @Autowired
    GsiProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyCommandEndsWithItsExitStatusOnceItsWorkIsDoneAndTheReportIsInEnglish() throws Exception {
        String id = "77" + Math.abs(UUID.randomUUID().hashCode());
        Path file = Files.createTempFile("ged", ".csv");
        Files.writeString(
                file,
                SourceStewardshipTests.UCDP + id + "1,2018-06-02,1,482,5.4,26.5,1,1,1\n" + id
                        + "2,2018-13-45,1,482,5.4,26.5,1,1,1\n");

        Run users = run("users", "list");
        Run imported = run("events", "import", file.toString());

        assertThat(users.status()).as(users.output()).isZero();
        assertThat(imported.status()).as(imported.output()).isZero();
        assertThat(imported.output())
                .as("the processes run in French; the report stays in English")
                .contains("2 rows = 1 imported + 0 updated + 0 unchanged + 1 rejected")
                .contains("  line 3: date_start \"2018-13-45\" is not a date (yyyy-mm-dd).");
        Files.delete(file);
    }

    @Test
    void anImportWhoseProcessWasKilledIsMarkedFailedAtTheNextStart() throws Exception {
        Path file = Files.createTempFile("killed", ".csv");
        Files.writeString(
                file,
                SourceStewardshipTests.UCDP + "78" + Math.abs(UUID.randomUUID().hashCode())
                        + ",2018-06-02,1,482,5.4,26.5,1,1,1\n");
        Process process;
        String job;
        // while this test holds the store's lock the import waits, running, until it is killed
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + ChunkStore.STORE_LOCK + ")");
            process = start("events", "import", file.toString());
            job = awaitRunning(file.getFileName().toString());
            process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            s.execute("SELECT pg_advisory_unlock(" + ChunkStore.STORE_LOCK + ")");
        }
        assertThat(status(job)).isEqualTo("RUNNING");

        // the next start: a command that fails, and says so with its status
        Run next = run("events", "import", file + ".missing");

        assertThat(next.status()).as(next.output()).isEqualTo(1);
        assertThat(next.output()).contains("cannot read");
        assertThat(status(job)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT error FROM earlywarning_import_job WHERE id = ?::uuid")
                        .param(job)
                        .query(String.class)
                        .single())
                .contains("command-line import stopped before it finished");
        Files.delete(file);
    }

    @Test
    void aStartLeavesACommandLineImportWhoseProcessLivesRunning() {
        UUID id = UUID.randomUUID();
        CommandLineLeases leases = new CommandLineLeases(dataSource);
        try (CommandLineLeases.Lease lease = leases.take(id)) {
            jdbc.sql("INSERT INTO earlywarning_import_job (id, file_name, file_hash, status, submitted_by,"
                            + " submitted_party, runner) VALUES (?, 'live.csv', ?, 'RUNNING', 'operator:test', '',"
                            + " 'command-line')")
                    .params(id, id.toString())
                    .update();

            leases.failAbandoned();

            assertThat(status(id.toString())).isEqualTo("RUNNING");
        }
        leases.failAbandoned();
        assertThat(status(id.toString())).isEqualTo("FAILED");
    }

    private record Run(int status, String output) {}

    private Run run(String... args) throws Exception {
        Process p = start(args);
        boolean ended = p.waitFor(START_SECONDS, TimeUnit.SECONDS);
        String output = Files.readString(outputOf(p));
        if (!ended) {
            p.destroyForcibly().waitFor();
            return new Run(-1, "did not end within " + START_SECONDS + " s:\n" + output);
        }
        return new Run(p.exitValue(), output);
    }

    private Process start(String... args) throws IOException {
        Path output = Files.createTempFile("gsi-cli", ".out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Duser.language=fr",
                "-cp",
                System.getProperty("java.class.path"),
                "org.gsi.GsiApplication"));
        command.addAll(List.of(args));
        command.add("--gsi.data-dir=" + properties.dataDir().toAbsolutePath());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        outputs.put(p, output);
        return p;
    }

    private final Map<Process, Path> outputs = new HashMap<>();

    private Path outputOf(Process p) {
        return outputs.get(p);
    }

    private String awaitRunning(String fileName) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_SECONDS * 1000;
        while (System.currentTimeMillis() < deadline) {
            List<String> running = jdbc.sql("SELECT id::text FROM earlywarning_import_job WHERE file_name = ?"
                            + " AND status = 'RUNNING'")
                    .param(fileName)
                    .query(String.class)
                    .list();
            if (!running.isEmpty()) {
                return running.get(0);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the command-line import of " + fileName + " never started");
    }

    private String status(String job) {
        return jdbc.sql("SELECT status FROM earlywarning_import_job WHERE id = ?::uuid")
                .param(job)
                .query(String.class)
                .single();
    }
}
