package org.gsi;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * What the event publication registry holds for one kind of event: publications still to be delivered
 * ({@code event_publication}) and completed ones ({@code event_publication_archive}), found by a text of the event.
 */
public final class EventPublications {

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;

    public EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    /**
     * Delivers a completed publication again, as after a node that had done the listener's work died before it
     * marked the publication complete: a copy is put back in the registry as in process, then resubmitted. Answers
     * how many publications were put back (one, or none when none was completed yet).
     */
    public int deliverAgain(Class<?> type, String text) {
        UUID again = UUID.randomUUID();
        int copied = jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event,"
                        + " publication_date, status, completion_attempts) SELECT ?, listener_id, event_type,"
                        + " serialized_event, publication_date, 'PROCESSING', 1 FROM event_publication_archive"
                        + " WHERE event_type = ? AND serialized_event LIKE ? ORDER BY publication_date LIMIT 1")
                .params(again, type.getName(), "%" + text + "%")
                .update();
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(again));
        return copied;
    }

    /** Publications of {@code type} whose event contains {@code text}, not yet completed. */
    public long incomplete(Class<?> type, String text) {
        return count("event_publication", type, text);
    }

    /** Publications of {@code type} whose event contains {@code text}, completed and archived. */
    public long completed(Class<?> type, String text) {
        return count("event_publication_archive", type, text);
    }

    private long count(String table, Class<?> type, String text) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE event_type = ? AND serialized_event LIKE ?")
                .params(type.getName(), "%" + text + "%")
                .query(Long.class)
                .single();
    }

    /** Whether {@code condition} holds within ten seconds (listeners run after commit, on other threads). */
    public static boolean eventually(Supplier<Boolean> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.get();
    }
}
