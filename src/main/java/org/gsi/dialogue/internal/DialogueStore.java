package org.gsi.dialogue.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.dialogue.CbmDimension;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.platform.PageView;
import org.gsi.platform.VersionedTable;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of dialogue tracks (head rows and command logs) and of confidence-building measures. */
@Repository
class DialogueStore {

    static final String VISIBLE = Visibility.sqlPredicate("t", "readers");
    private static final VersionedTable TRACKS = new VersionedTable("dialogue_track", DialogueService.TYPE);
    private static final String TRACK = "SELECT t.* FROM dialogue_track t";
    private static final String MEASURE = "SELECT t.* FROM dialogue_measure t";

    private final JdbcClient jdbc;

    DialogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LoggedCommand(String kind, String party, boolean focalPoint, String payload, Instant at) {}

    record LoggedReport(String party, LocalDate on, String body, boolean partComplete) {}

    void insert(TrackHead h) {
        jdbc.sql("INSERT INTO dialogue_track (id, subject, format, parties, related_to, visibility, owner_party,"
                        + " readers, mediator, demo, version, opened_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        h.id(),
                        h.subject(),
                        h.format().name(),
                        h.parties().toArray(String[]::new),
                        h.relatedTo().orElse(null),
                        h.visibility().name(),
                        h.ownerParty(),
                        h.readers().toArray(String[]::new),
                        h.mediator().orElse(null),
                        h.demo(),
                        h.version(),
                        Timestamp.from(h.openedAt()),
                        Timestamp.from(h.updatedAt()))
                .update();
    }

    Optional<TrackHead> findTrack(UUID id, boolean lock) {
        return jdbc.sql(TRACK + " WHERE t.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query(DialogueStore::track)
                .optional();
    }

    PageView<TrackHead> tracks(String reader, String party, int page, int size) {
        String where = " WHERE " + VISIBLE + (party == null ? "" : " AND :party = ANY(t.parties)");
        var count = jdbc.sql("SELECT count(*) FROM dialogue_track t" + where).param("reader", reader);
        var list = jdbc.sql(TRACK + where + " ORDER BY t.updated_at DESC, t.id LIMIT :limit OFFSET :offset")
                .param("reader", reader)
                .param("limit", size)
                .param("offset", (long) page * size);
        if (party != null) {
            count = count.param("party", party);
            list = list.param("party", party);
        }
        return new PageView<>(
                list.query(DialogueStore::track).list(),
                page,
                size,
                count.query(Long.class).single());
    }

    List<LoggedCommand> commands(UUID track) {
        return jdbc.sql(
                        "SELECT kind, actor_party, focal_point, payload::text AS payload, at FROM dialogue_track_command"
                                + " WHERE track_id = ? ORDER BY seq")
                .param(track)
                .query((rs, n) -> new LoggedCommand(
                        rs.getString("kind"),
                        rs.getString("actor_party"),
                        rs.getBoolean("focal_point"),
                        rs.getString("payload"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    void append(UUID track, long seq, String kind, Delegate by, String username, String payload, Instant at) {
        jdbc.sql("INSERT INTO dialogue_track_command (track_id, seq, kind, actor_party, focal_point, username, payload,"
                        + " at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
                .params(track, seq, kind, by.party().value(), by.focalPoint(), username, payload, Timestamp.from(at))
                .update();
    }

    /** Moves the track on from the version its command was checked against, with who may read it now. */
    void advance(UUID track, long readVersion, List<String> readers, Optional<String> mediator, Instant at) {
        int rows = jdbc.sql("UPDATE dialogue_track SET version = version + 1, readers = ?, mediator = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(readers.toArray(String[]::new), mediator.orElse(null), Timestamp.from(at), track, readVersion)
                .update();
        TRACKS.requireAdvanced(rows, jdbc, track);
    }

    void insert(MeasureHead m) {
        jdbc.sql(
                        "INSERT INTO dialogue_measure (id, track_id, catalogue_code, dimension, title, implementing, starts_on,"
                                + " due_on, status, overdue_flagged, visibility, owner_party, readers, demo, version, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        m.id(),
                        m.track().orElse(null),
                        m.catalogueCode().orElse(null),
                        m.dimension().name(),
                        m.title(),
                        m.implementing().toArray(String[]::new),
                        Date.valueOf(m.startsOn()),
                        Date.valueOf(m.dueOn()),
                        m.status().name(),
                        m.overdueFlagged(),
                        m.visibility().name(),
                        m.ownerParty(),
                        m.readers().toArray(String[]::new),
                        m.demo(),
                        m.version(),
                        Timestamp.from(m.createdAt()))
                .update();
    }

    Optional<MeasureHead> findMeasure(UUID id, boolean lock) {
        return jdbc.sql(MEASURE + " WHERE t.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query(DialogueStore::measure)
                .optional();
    }

    PageView<MeasureHead> measures(String reader, UUID track, boolean overdueOnly, int page, int size) {
        String where = " WHERE " + VISIBLE + (track == null ? "" : " AND t.track_id = :track")
                + (overdueOnly ? " AND t.status <> 'IMPLEMENTED' AND t.due_on < CURRENT_DATE" : "");
        var count = jdbc.sql("SELECT count(*) FROM dialogue_measure t" + where).param("reader", reader);
        var list = jdbc.sql(MEASURE + where + " ORDER BY t.due_on, t.id LIMIT :limit OFFSET :offset")
                .param("reader", reader)
                .param("limit", size)
                .param("offset", (long) page * size);
        if (track != null) {
            count = count.param("track", track);
            list = list.param("track", track);
        }
        return new PageView<>(
                list.query(DialogueStore::measure).list(),
                page,
                size,
                count.query(Long.class).single());
    }

    /** Measures past due, not implemented and not yet flagged. */
    List<UUID> newlyOverdue(LocalDate today) {
        return jdbc.sql("SELECT id FROM dialogue_measure WHERE status <> 'IMPLEMENTED' AND NOT overdue_flagged"
                        + " AND due_on < ?")
                .param(Date.valueOf(today))
                .query(UUID.class)
                .list();
    }

    List<LoggedReport> reports(UUID measure) {
        return jdbc.sql("SELECT party, reported_on, body, part_complete FROM dialogue_measure_report"
                        + " WHERE measure_id = ? ORDER BY seq")
                .param(measure)
                .query((rs, n) -> new LoggedReport(
                        rs.getString("party"),
                        rs.getDate("reported_on").toLocalDate(),
                        rs.getString("body"),
                        rs.getBoolean("part_complete")))
                .list();
    }

    void addReport(UUID measure, int seq, ImplementationReport r, String username, Instant at) {
        jdbc.sql("INSERT INTO dialogue_measure_report (measure_id, seq, party, reported_on, body, part_complete,"
                        + " username, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        measure,
                        seq,
                        r.party().value(),
                        Date.valueOf(r.reportedOn()),
                        r.text(),
                        r.partComplete(),
                        username,
                        Timestamp.from(at))
                .update();
    }

    void updateMeasure(UUID id, MeasureStatus status, boolean flagged, long version) {
        jdbc.sql("UPDATE dialogue_measure SET status = ?, overdue_flagged = ?, version = ? WHERE id = ?")
                .params(status.name(), flagged, version, id)
                .update();
    }

    private static TrackHead track(ResultSet rs, int n) throws SQLException {
        return new TrackHead(
                rs.getObject("id", UUID.class),
                rs.getString("subject"),
                DialogueFormat.valueOf(rs.getString("format")),
                strings(rs.getArray("parties")),
                Optional.ofNullable(rs.getString("related_to")),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("owner_party"),
                strings(rs.getArray("readers")),
                Optional.ofNullable(rs.getString("mediator")),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static MeasureHead measure(ResultSet rs, int n) throws SQLException {
        return new MeasureHead(
                rs.getObject("id", UUID.class),
                Optional.ofNullable(rs.getObject("track_id", UUID.class)),
                Optional.ofNullable(rs.getString("catalogue_code")),
                CbmDimension.valueOf(rs.getString("dimension")),
                rs.getString("title"),
                strings(rs.getArray("implementing")),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                MeasureStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue_flagged"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("owner_party"),
                strings(rs.getArray("readers")),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
