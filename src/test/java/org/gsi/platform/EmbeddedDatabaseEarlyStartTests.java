package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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

    @Test
    void theMigrationsRunBesideTheAssemblyAndFlywayTakesThemOverWhenConfiguredAlike() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-migrated");
        Map<String, Object> settings = Map.of(
                "gsi.data-dir", dir.toString(), "gsi.database.durable", "false", "spring.flyway.out-of-order", "true");
        EmbeddedDatabaseEarlyStart early = started(settings);

        try (EmbeddedDatabaseServer server = early.take(dir, false).orElseThrow()) {
            Flyway alike = spy(flyway(server, true));
            early.migrationStrategy().migrate(alike);
            verify(alike, never()).migrate();
            assertThat(alike.info().pending()).as("nothing left to run").isEmpty();
            assertThat(alike.info().applied()).hasSizeGreaterThan(50);
            assertThat(count(server, "SELECT count(*) FROM registry_party")).isZero();

            Flyway otherwise = spy(flyway(server, false));
            early.migrationStrategy().migrate(otherwise);
            verify(otherwise).migrate();
        }
    }

    @Test
    void aMigrationThatFailsBesideTheAssemblyFailsTheStartAsFlywayWould() throws Exception {
        Path dir = Files.createTempDirectory("gsi-early-broken");
        EmbeddedDatabaseEarlyStart early = started(Map.of(
                "gsi.data-dir", dir.toString(),
                "gsi.database.durable", "false",
                "spring.flyway.locations", "classpath:platform/broken-migrations"));

        try (EmbeddedDatabaseServer server = early.take(dir, false).orElseThrow()) {
            assertThatThrownBy(() -> early.migrationStrategy().migrate(flyway(server, false)))
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("no_such_table");
        }
    }

    @Test
    void settingsTheEarlyMigrationsDoNotHonourLeaveThemToFlyway() {
        assertThat(EarlyMigration.settings(environment(Map.of("spring.flyway.out-of-order", "true"))))
                .hasValueSatisfying(s -> assertThat(s.outOfOrder()).isTrue());
        assertThat(EarlyMigration.settings(environment(Map.of("spring.flyway.target", "5"))))
                .isEmpty();
        assertThat(EarlyMigration.settings(environment(Map.of("spring.flyway.enabled", "false"))))
                .isEmpty();
        StandardEnvironment fromVariables = new StandardEnvironment();
        fromVariables
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("SPRING_FLYWAY_SCHEMAS", "other")));
        assertThat(EarlyMigration.settings(fromVariables))
                .as("a setting given as an environment variable")
                .isEmpty();
    }

    private static Flyway flyway(EmbeddedDatabaseServer server, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(
                        server.jdbcUrl(),
                        DatabaseCredentials.OWNER,
                        server.credentials().password(DatabaseCredentials.OWNER))
                .locations("classpath:db/migration")
                .outOfOrder(outOfOrder)
                .placeholders(Map.of("application_role", DatabaseCredentials.APPLICATION))
                .load();
    }

    private static int count(EmbeddedDatabaseServer server, String sql) throws Exception {
        try (Connection c = EmbeddedDatabaseServerTests.owner(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return env;
    }

    private static EmbeddedDatabaseEarlyStart started(Map<String, Object> settings) {
        EmbeddedDatabaseEarlyStart early = new EmbeddedDatabaseEarlyStart();
        early.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                null, new SpringApplication(), new String[0], environment(settings)));
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
