package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database trusts no one on the host, and the application's role cannot touch the audit trail. */
@PlatformTest
class DatabaseRolesTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    GsiProperties properties;

    @Test
    void theApplicationRoleCannotDisableTheAuditTriggersNorChangeOrRemoveAuditEntries() throws SQLException {
        long entries = JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM audit_entry")
                .query(Long.class)
                .single();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(JdbcClient.create(dataSource)
                            .sql("SELECT current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo(DatabaseCredentials.APPLICATION);
            assertRefused(s, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update", "must be owner");
            assertRefused(s, "ALTER TABLE audit_entry DISABLE TRIGGER ALL", "must be owner");
            assertRefused(s, "DROP TRIGGER audit_entry_no_truncate ON audit_entry", "must be owner");
            assertRefused(s, "DELETE FROM audit_entry", "permission denied");
            assertRefused(s, "TRUNCATE audit_entry", "permission denied");
            assertRefused(s, "UPDATE audit_entry SET summary = 'rewritten'", "permission denied");
            assertRefused(s, "SET session_replication_role = replica", "permission denied");
            assertRefused(s, "ALTER ROLE " + DatabaseCredentials.APPLICATION + " SUPERUSER", "must be superuser");
            assertRefused(s, "CREATE TABLE event_publication_copy (id UUID)", "permission denied");
            assertRefused(s, "ALTER TABLE event_publication ADD COLUMN extra TEXT", "must be owner");
        }
        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT count(*) FROM audit_entry")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(entries);
    }

    @Test
    void noRoleConnectsWithoutItsPassword() {
        String url =
                EmbeddedDatabaseServer.runningServerUrl(properties.dataDir()).orElseThrow();
        for (String role :
                List.of(DatabaseCredentials.SUPERUSER, DatabaseCredentials.OWNER, DatabaseCredentials.APPLICATION)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close())
                    .as(role)
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, role, "guessed").close())
                    .as(role)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerReadsAndTheyLetTheOperatorIn() throws Exception {
        Path file = properties.dataDir().resolve(DatabaseCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        DatabaseCredentials credentials =
                DatabaseCredentials.read(properties.dataDir()).orElseThrow();
        String url =
                EmbeddedDatabaseServer.runningServerUrl(properties.dataDir()).orElseThrow();
        try (Connection c = DriverManager.getConnection(
                url, DatabaseCredentials.SUPERUSER, credentials.password(DatabaseCredentials.SUPERUSER))) {
            List<String> notOwned = JdbcClient.create(
                            new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
                    .sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> ?"
                            + " ORDER BY tablename")
                    .param(DatabaseCredentials.OWNER)
                    .query(String.class)
                    .list();
            assertThat(notOwned)
                    .as("every table belongs to the owner role, the event publication registry's too")
                    .isEmpty();
        }
    }

    private static void assertRefused(Statement s, String sql, String reason) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).hasMessageContaining(reason);
    }
}
