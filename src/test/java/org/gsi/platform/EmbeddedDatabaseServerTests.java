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
            try (Connection c = DriverManager.getConnection(first.jdbcUrl());
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
                Connection c = DriverManager.getConnection(server.jdbcUrl());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dir, true);
                Connection c = DriverManager.getConnection(server.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }
}
