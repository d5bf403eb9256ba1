package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.EventPublications.eventually;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.GsiApplication;
import org.gsi.platform.DatabaseCredentials;
import org.gsi.platform.EmbeddedDatabaseServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * A node that stops while it counts a completed place toward a pledge loses nothing: the next node started on the same
 * database counts it, once.
 */
class CompletionAcrossRestartTests {

    @Test
    void aCountCutOffByAStoppingNodeIsDoneOnceByTheNextStart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/restart-" + UUID.randomUUID()));
        String pledge;
        String nominationId;
        ConfigurableApplicationContext first = start(dir, true);
        try {
            Api api =
                    new Api(((WebServerApplicationContext) first).getWebServer().getPort());
            TrainingSteps steps = new TrainingSteps(api);
            pledge = steps.pledge();
            String nomination = steps.readyToComplete(pledge);
            nominationId = nomination.substring(nomination.lastIndexOf('/') + 1);
            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            EventPublications publications =
                    new EventPublications(jdbc, first.getBean(IncompleteEventPublications.class));
            // a connection of its own, outside the node's pool, holds the pledge until the database server stops
            Connection holder = DriverManager.getConnection(
                    EmbeddedDatabaseServer.runningServerUrl(dir).orElseThrow(),
                    DatabaseCredentials.APPLICATION,
                    DatabaseCredentials.read(dir).orElseThrow().password(DatabaseCredentials.APPLICATION));
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT 1 FROM commitments_pledge WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(pledge));
                lock.executeQuery().close();
            }

            assertThat(api.post(nomination + "/completion", "china", "{}").status())
                    .isEqualTo(200);
            assertThat(eventually(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                            + " AND datname = current_database()")
                                    .query(Long.class)
                                    .single()
                            == 1))
                    .as("the listener waits half way through its work")
                    .isTrue();
            assertThat(publications.incomplete(TraineeCompletedCourse.class, nominationId))
                    .isEqualTo(1);

            first.close();
            holder.close();
        } finally {
            first.close();
        }

        try (ConfigurableApplicationContext second = start(dir, false)) {
            JdbcClient jdbc = JdbcClient.create(second.getBean(DataSource.class));
            EventPublications publications =
                    new EventPublications(jdbc, second.getBean(IncompleteEventPublications.class));
            String key = "training:nomination:" + nominationId;
            assertThat(eventually(() -> publications.incomplete(TraineeCompletedCourse.class, nominationId) == 0))
                    .as("the next start delivers what the stopped node left")
                    .isTrue();
            assertThat(publications.completed(TraineeCompletedCourse.class, nominationId))
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM commitments_delivery WHERE source_key = ?")
                            .param(key)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT delivered_total FROM commitments_pledge WHERE id = ?")
                            .param(UUID.fromString(pledge))
                            .query(BigDecimal.class)
                            .single())
                    .isEqualByComparingTo("1");
        }
    }

    private static ConfigurableApplicationContext start(Path dir, boolean demo) {
        return new SpringApplicationBuilder(GsiApplication.class)
                .run(
                        "--gsi.data-dir=" + dir,
                        "--gsi.demo=" + demo,
                        "--gsi.database.durable=false",
                        "--server.port=0",
                        "--logging.level.org.gsi=warn");
    }
}
