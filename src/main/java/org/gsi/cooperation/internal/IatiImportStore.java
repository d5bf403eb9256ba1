package org.gsi.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Message;
import org.gsi.platform.ReaderFormats;
import org.gsi.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the background IATI imports and of what happened to each of their activities. */
@Repository
class IatiImportStore {

    /** A job still to be run: who asked for it, and the priority area it gives activities without one. */
    record Unfinished(Actor actor, String defaultArea) {}

    private final JdbcClient jdbc;

    IatiImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queued(UUID id, Actor actor, String fileName, String defaultArea, int total, Instant at) {
        jdbc.sql("INSERT INTO cooperation_iati_import (id, party, submitted_by, submitted_role, file_name,"
                        + " default_area, total, state, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)")
                .params(
                        id,
                        actor.partyCode(),
                        actor.username(),
                        actor.role().name(),
                        fileName,
                        defaultArea,
                        total,
                        Timestamp.from(at))
                .update();
    }

    Optional<Unfinished> unfinished(UUID id) {
        return jdbc.sql("SELECT submitted_by, party, submitted_role, default_area FROM cooperation_iati_import"
                        + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
                .param(id)
                .query((rs, n) -> new Unfinished(
                        new Actor(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))), rs.getString(4)))
                .optional();
    }

    void running(UUID id) {
        jdbc.sql("UPDATE cooperation_iati_import SET state = 'RUNNING' WHERE id = ? AND state = 'QUEUED'")
                .param(id)
                .update();
    }

    /** Ends the job; false when it had ended already (another node finished it). */
    boolean ended(UUID id, ImportJob.State state, Message error) {
        return jdbc.sql("UPDATE cooperation_iati_import SET state = ?, error = ?, finished_at = now()"
                                + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
                        .params(state.name(), error == null ? null : error.toJson(), id)
                        .update()
                == 1;
    }

    /** Records what happened to the activity at {@code position} (inside its transaction, when it was written). */
    void record(UUID id, int position, IatiService.ImportEntry e) {
        jdbc.sql("INSERT INTO cooperation_iati_import_entry (import_id, position, line, identifier, outcome, reason,"
                        + " project_id, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        id,
                        position,
                        e.line(),
                        e.identifier(),
                        e.outcome(),
                        e.reason() == null ? null : e.reason().toJson(),
                        e.projectId(),
                        e.warnings().stream().map(Message::toJson).toArray(String[]::new))
                .update();
    }

    /** The positions of the activities recorded so far. */
    Set<Integer> recorded(UUID id) {
        return new HashSet<>(jdbc.sql("SELECT position FROM cooperation_iati_import_entry WHERE import_id = ?")
                .param(id)
                .query(Integer.class)
                .list());
    }

    /** The job as the API and the page show it: its counts so far and, once done, every activity's outcome. */
    Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT * FROM cooperation_iati_import WHERE id = ?")
                .param(id)
                .query((rs, n) -> job(rs))
                .optional();
    }

    /** A stored job, its party and, once done, what happened to each activity. */
    record Job(String party, ImportJob.ImportJobView view, Message failure, List<IatiService.ImportEntry> entries) {

        /** The view with why it failed and every activity's reason and warnings in the reader's words. */
        ImportJob.ImportJobView said(ReaderFormats words) {
            return view.said(
                    failure,
                    entries.stream().map(e -> ImportJob.EntryView.of(e, words)).toList(),
                    words);
        }
    }

    private Job job(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String state = rs.getString("state");
        int[] counts = new int[5];
        jdbc.sql("SELECT outcome, count(*), coalesce(sum(cardinality(warnings)), 0) FROM cooperation_iati_import_entry"
                        + " WHERE import_id = ? GROUP BY outcome")
                .param(id)
                .query((r, n) -> {
                    int at = List.of("imported", "updated", "unchanged").indexOf(r.getString(1));
                    counts[at < 0 ? 3 : at] += r.getInt(2);
                    counts[4] += r.getInt(3);
                    return null;
                })
                .list();
        int done = counts[0] + counts[1] + counts[2] + counts[3];
        boolean finished = state.equals("DONE");
        int total = rs.getInt("total");
        Timestamp finishedAt = rs.getTimestamp("finished_at");
        return new Job(
                rs.getString("party"),
                new ImportJob.ImportJobView(
                        id,
                        state.toLowerCase(Locale.ROOT),
                        rs.getString("file_name"),
                        finished ? Math.max(total, done) : total,
                        done,
                        counts[0],
                        counts[1],
                        counts[2],
                        counts[3],
                        counts[4],
                        rs.getTimestamp("started_at").toInstant(),
                        finishedAt == null ? null : finishedAt.toInstant(),
                        null,
                        null,
                        List.of()),
                rs.getString("error") == null ? null : stored(rs.getString("error")),
                finished ? entries(id) : List.of());
    }

    private List<IatiService.ImportEntry> entries(UUID id) {
        return jdbc.sql(
                        "SELECT identifier, line, outcome, reason, project_id, warnings"
                                + " FROM cooperation_iati_import_entry WHERE import_id = ? ORDER BY line, position < 0, abs(position)")
                .param(id)
                .query((rs, n) -> new IatiService.ImportEntry(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4) == null ? null : stored(rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        Arrays.stream((String[]) rs.getArray(6).getArray())
                                .map(IatiImportStore::stored)
                                .toList()))
                .list();
    }

    /**
     * A reason or warning as stored: a message's JSON ({@code {"key": …, "args": […]}}), or, in a report written
     * before they were keyed, an English sentence, shown as written.
     */
    static Message stored(String text) {
        if (text.startsWith("{\"key\"")) {
            try {
                return Message.fromJson(text);
            } catch (RuntimeException e) {
                // a sentence that happens to look like a message: shown as written below
            }
        }
        return Message.of(Message.UNTRANSLATED, text);
    }
}
