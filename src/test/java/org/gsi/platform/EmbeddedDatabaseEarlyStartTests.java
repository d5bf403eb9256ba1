package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded server started beside the application's assembly, as {@code java -jar} starts it. */
class EmbeddedDatabaseEarlyStartTests {

    @Test
    void theServerStartedEarlyIsHandedOverOnceAndAnswers() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early");
        EmbeddedDatabaseEarlyStart early =
                started(Map.of("gsi.data-dir", dir.toString(), "gsi.database.durable", "false"));

        try (EmbeddedDatabaseServer server = early.take(dir, false).orElseThrow()) {
            assertThat(select1(server)).isEqualTo(1);
            assertThat(early.take(dir, false)).as("handed over once").isEmpty();
        }
        assertThat(postmasterPid(dir)).as("stopped by the one it was handed to").doesNotExist();
    }

    @Test
    void aServerStartedForOtherSettingsIsStoppedAndTheCallerStartsItsOwn() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-other");
        EmbeddedDatabaseEarlyStart early =
                started(Map.of("gsi.data-dir", dir.toString(), "gsi.database.durable", "false"));

        assertThat(early.take(dir, true)).as("not for a durable server").isEmpty();
        assertThat(postmasterPid(dir)).doesNotExist();
        assertThat(EmbeddedDatabaseServer.inUse(dir))
                .as("the data directory is free again")
                .isFalse();
    }

    @Test
    void aStartThatFailsBeforeTheHandOverStopsTheServer() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-failed");
        EmbeddedDatabaseEarlyStart early =
                started(Map.of("gsi.data-dir", dir.toString(), "gsi.database.durable", "false"));

        early.onApplicationEvent(new ApplicationFailedEvent(
                new SpringApplication(), new String[0], null, new IllegalStateException("a bean failed")));

        assertThat(postmasterPid(dir)).doesNotExist();
        assertThat(EmbeddedDatabaseServer.inUse(dir)).isFalse();
    }

    @Test
    void aDataDirectoryInUseIsRefusedToTheOneTakingTheServer() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-busy");
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(dir, false)) {
            EmbeddedDatabaseEarlyStart early =
                    started(Map.of("gsi.data-dir", dir.toString(), "gsi.database.durable", "false"));
            assertThatThrownBy(() -> early.take(dir, false))
                    .isInstanceOf(EmbeddedDatabaseServer.DataDirectoryInUseException.class);
            assertThat(select1(first)).isEqualTo(1);
        }
    }

    @Test
    void nothingStartsForAnOperatorCommandOrAnExternalDatabase() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-none");
        assertThat(started(Map.of("gsi.data-dir", dir.toString(), "gsi.command", "users"))
                        .take(dir, true))
                .isEmpty();
        assertThat(started(Map.of("gsi.data-dir", dir.toString(), "GSI_DB_URL", "jdbc:postgresql://db/gsi"))
                        .take(dir, true))
                .isEmpty();
        assertThat(postmasterPid(dir)).doesNotExist();
    }

    private static EmbeddedDatabaseEarlyStart started(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
        early.onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(null, new SpringApplication(), new String[0], env));
        return early;
    }

    private static Path postmasterPid(Path dir) {
        return dir.resolve("postgres/postmaster.pid");
    }

    private static int select1(EmbeddedDatabaseServer server) throws Exception {
        try (Connection c = EmbeddedDatabaseServerTests.owner(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
