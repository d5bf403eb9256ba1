package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.gsi.GsiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A data directory left by a version that let every local connection in as the superuser and ran everything as
 * it is upgraded at the first start: passwords for everyone, the migrations' objects to the owner role, the rows to
 * the application role, the audit trail out of its reach, nothing lost.
 */
class OlderDataDirectoryTests {

    @Test
    void anOlderDataDirectoryIsUpgradedToPasswordsAndRolesOnStartAndKeepsItsRecords() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/older-" + UUID.randomUUID()));
        try (EmbeddedPostgres older = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setRegisterShutdownHook(false)
                .start()) {
            DataSource superuser = older.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(superuser)
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .placeholders(Map.of("application_role", ""))
                    .load()
                    .migrate();
            new ResourceDatabasePopulator(new ClassPathResource(
                            "org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql"))
                    .execute(superuser);
            JdbcClient.create(superuser)
                    .sql("INSERT INTO audit_entry (username, action, record_type, summary, outcome)"
                            + " VALUES ('older', 'create', 'party', 'kept through the upgrade', 'done')")
                    .update();
        }

        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .run(
                        "--gsi.data-dir=" + dir,
                        "--gsi.database.durable=false",
                        "--server.port=0",
                        "--logging.level.org.gsi=warn")) {
            JdbcClient app = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(app.sql("SELECT summary FROM audit_entry WHERE username = 'older'")
                            .query(String.class)
                            .list())
                    .containsExactly("kept through the upgrade");
            assertThatThrownBy(() -> app.sql("DELETE FROM audit_entry").update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL")
                            .update())
                    .rootCause()
                    .hasMessageContaining("must be owner");
            String url = EmbeddedDatabaseServer.runningServerUrl(dir).orElseThrow();
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            List<String> notTheOwners = app.sql("SELECT tablename || ' of ' || tableowner FROM pg_tables"
                            + " WHERE schemaname = 'public' AND tableowner <> 'gsi_owner' ORDER BY 1")
                    .query(String.class)
                    .list();
            assertThat(notTheOwners).isEmpty();
            assertThat(app.sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE n.nspname = 'public' AND c.relowner = 'postgres'::regrole AND NOT EXISTS"
                                    + " (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')"
                                    + " UNION ALL SELECT count(*) FROM pg_proc p JOIN pg_namespace n"
                                    + " ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
                                    + " AND p.proowner = 'postgres'::regrole AND NOT EXISTS"
                                    + " (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')")
                            .query(Long.class)
                            .list())
                    .as("relations and functions the superuser still owns, extensions' aside")
                    .containsExactly(0L, 0L);
        }
    }
}
