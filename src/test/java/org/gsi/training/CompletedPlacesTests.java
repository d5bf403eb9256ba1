package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.EventPublications.eventually;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * A completed course place counts toward the linked pledge through the event publication registry: after the
 * completion is committed, once however often the completion is heard, and still when the work was stopped half way.
 */
@PlatformTest
class CompletedPlacesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    IncompleteEventPublications incomplete;

    Api api;
    TrainingSteps steps;
    EventPublications publications;

    @BeforeEach
    void connect() {
        api = new Api(port);
        steps = new TrainingSteps(api);
        publications = new EventPublications(jdbc, incomplete);
    }

    @Test
    void aCompletionHeardAgainAfterACrashCountsOnce() {
        String pledge = steps.pledge();
        String nomination = steps.readyToComplete(pledge);
        assertThat(api.post(nomination + "/completion", "china", "{}").status()).isEqualTo(200);
        String id = nomination.substring(nomination.lastIndexOf('/') + 1);
        assertThat(eventually(() -> publications.completed(TraineeCompletedCourse.class, id) == 1))
                .isTrue();
        assertThat(steps.delivered(pledge)).isEqualTo(1);

        assertThat(publications.deliverAgain(TraineeCompletedCourse.class, id)).isEqualTo(1);

        assertThat(eventually(() -> publications.completed(TraineeCompletedCourse.class, id) == 2))
                .as("the completion heard again is done with")
                .isTrue();
        assertThat(steps.delivered(pledge)).as("and counted once").isEqualTo(1);
    }

    @Test
    void aCountStoppedHalfWayIsLeftToDoAndDoneOnceWhenResubmitted() throws Exception {
        String pledge = steps.pledge();
        String nomination = steps.readyToComplete(pledge);
        String id = nomination.substring(nomination.lastIndexOf('/') + 1);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            // the pledge is held, so the listener waits on it half way through its transaction
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT 1 FROM commitments_pledge WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(pledge));
                lock.executeQuery().close();
            }
            assertThat(api.post(nomination + "/completion", "china", "{}").status())
                    .as("the completion itself is done and answered")
                    .isEqualTo(200);
            assertThat(eventually(() -> waitingOnTheLock() == 1)).isTrue();

            assertThat(jdbc.sql("SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity"
                                    + " WHERE wait_event_type = 'Lock' AND datname = current_database()")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            holder.rollback();
        }
        assertThat(eventually(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = ?"
                                        + " AND serialized_event LIKE ? AND status = 'FAILED'")
                                .params(TraineeCompletedCourse.class.getName(), "%" + id + "%")
                                .query(Long.class)
                                .single()
                        == 1))
                .as("the stopped listener left its publication to be done")
                .isTrue();
        assertThat(steps.delivered(pledge)).isZero();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof TraineeCompletedCourse c
                && c.nomination().value().toString().equals(id));

        assertThat(eventually(() -> steps.delivered(pledge) == 1)).isTrue();
        assertThat(eventually(() -> publications.incomplete(TraineeCompletedCourse.class, id) == 0))
                .isTrue();
        assertThat(publications.completed(TraineeCompletedCourse.class, id)).isEqualTo(1);
        assertThat(steps.delivered(pledge)).isEqualTo(1);
    }

    private long waitingOnTheLock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()")
                .query(Long.class)
                .single();
    }
}
