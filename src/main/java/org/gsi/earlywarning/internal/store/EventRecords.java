package org.gsi.earlywarning.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One event by its key, as stored now, with every earlier version: what changed it, when, by whom, by which import. */
@Repository
public class EventRecords {

    /** The event as stored now: its fields, the row as the source states it, and the import that stored it. */
    public record StoredEvent(EventQueries.EventView event, String rawRow, UUID importJob, Instant storedAt) {}

    /** An earlier version of an event, and the change that superseded it. */
    public record EventVersion(
            EventQueries.EventView event,
            String rawRow,
            UUID storedByImport,
            Instant changedAt,
            String change,
            String changedBy,
            UUID changedByImport) {}

    /** An event's current version (absent once retracted) and its history, oldest first. */
    public record EventRecord(String source, String key, Optional<StoredEvent> current, List<EventVersion> history) {}

    private final JdbcClient jdbc;

    EventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event of a source and key; 404 when it was never stored. Events are public data. */
    public EventRecord find(String source, String key) {
        String s = EventSource.fromFormatKey(source == null ? "" : source)
                .map(EventSource::formatKey)
                .orElseThrow(() -> new NotFoundException("event", source + "/" + key));
        Optional<StoredEvent> current = jdbc.sql("SELECT " + EventQueries.COLUMNS + ", raw_row, import_job, stored_at"
                        + " FROM earlywarning_event WHERE source = ? AND source_id = ?")
                .params(s, key)
                .query((rs, n) -> new StoredEvent(
                        EventQueries.event(rs, n),
                        rs.getString("raw_row"),
                        rs.getObject("import_job", UUID.class),
                        rs.getTimestamp("stored_at").toInstant()))
                .optional();
        List<EventVersion> history = jdbc.sql("SELECT " + EventQueries.COLUMNS + ", raw_row, import_job,"
                        + " superseded_at, change, superseded_by, superseded_by_job FROM earlywarning_event_version"
                        + " WHERE source = ? AND source_id = ? ORDER BY superseded_at, stored_at")
                .params(s, key)
                .query((rs, n) -> new EventVersion(
                        EventQueries.event(rs, n),
                        rs.getString("raw_row"),
                        rs.getObject("import_job", UUID.class),
                        rs.getTimestamp("superseded_at").toInstant(),
                        rs.getString("change"),
                        rs.getString("superseded_by"),
                        rs.getObject("superseded_by_job", UUID.class)))
                .list();
        if (current.isEmpty() && history.isEmpty()) {
            throw new NotFoundException("event", s + "/" + key);
        }
        return new EventRecord(s, key, current, history);
    }
}
