package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseServerTests {

    @Test
    void aSecondInstanceOnTheSameDataDirectoryStopsWithAClearMessageAndTheFirstKeepsWorking() throws Exception {
        Path dir = Files.createTempDirectory("gsi-lock");
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(dir, false)) {
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(dir, false))
                    .isInstanceOf(EmbeddedDatabaseServer.DataDirectoryInUseException.class)
                    .hasMessageContaining("Another GSI Platform instance is already using the data directory")
                    .hasMessageContaining("--gsi.data-dir");
            try (Connection c = owner(first);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsEveryRecord() throws Exception {
        Path dir = Files.createTempDirectory("gsi-restart");
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir, true);
                Connection c = owner(server);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir, true);
                Connection c = owner(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndTheNextStartSucceedsWithItsData() throws Exception {
        Path dir = Files.createTempDirectory("gsi-orphan");
        Process killed = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeftRunning.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + ".log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (!Files.exists(dir.resolve("ready")) && System.nanoTime() < deadline) {
                assertThat(killed.isAlive()).as("the first process runs").isTrue();
                Thread.sleep(100);
            }
            killed.destroyForcibly().waitFor();
            long leftOver = OrphanedServer.Record.read(dir.resolve("postgres/postmaster.pid"))
                    .orElseThrow()
                    .pid();
            assertThat(ProcessHandle.of(leftOver).filter(ProcessHandle::isAlive))
                    .as("the server outlives the killed process")
                    .isPresent();

            try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir, false);
                    Connection c = owner(server);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before the kill");
                assertThat(ProcessHandle.of(leftOver).filter(ProcessHandle::isAlive))
                        .as("the left-over server was stopped")
                        .isEmpty();
            }
        } finally {
            killed.destroyForcibly();
        }
    }

    /** Starts the server on a data directory, writes a row, says it is ready, and waits to be killed. */
    static final class LeftRunning {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir, true);
            try (Connection c = owner(server);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v TEXT)");
                s.execute("INSERT INTO kept VALUES ('written before the kill')");
            }
            Files.createFile(dir.resolve("ready"));
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static Connection owner(EmbeddedDatabaseServer server) throws java.sql.SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(),
                DatabaseCredentials.OWNER,
                server.credentials().password(DatabaseCredentials.OWNER));
    }
}
