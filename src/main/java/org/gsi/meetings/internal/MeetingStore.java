package org.gsi.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.meetings.internal.MeetingViews.PersonView;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, sessions, registrations and delegates in PostgreSQL. */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MeetingRow m) {
        jdbc.sql(
                        "INSERT INTO meetings_meeting (id, owner_party, series, series_kind, title, starts_at, ends_at, time_zone,"
                                + " venue, online_url, languages, capacity, invited, demo, visibility) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        m.id(),
                        m.organiser(),
                        m.series(),
                        m.seriesKind(),
                        m.title(),
                        m.start(),
                        m.end(),
                        m.timeZone(),
                        m.venue(),
                        m.onlineUrl(),
                        m.languages().toArray(String[]::new),
                        m.capacity(),
                        m.invited().toArray(String[]::new),
                        m.demo(),
                        m.visibility().name())
                .update();
    }

    Optional<MeetingRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM meetings_meeting WHERE id = ?")
                .param(id)
                .query(MeetingStore::meeting)
                .optional();
    }

    /** Who may read a meeting, over {@code meetings_meeting m}: the secretariat, and as its visibility says. */
    static final String READABLE = readable("m");

    /** Who may read a meeting, as a SQL predicate over the table under {@code alias}, binding {@code :reader}. */
    static String readable(String alias) {
        return "(:reader = '" + MeetingService.SECRETARIAT + "' OR " + Visibility.sqlPredicate(alias, "invited") + ")";
    }

    /** Meetings visible to {@code reader} (empty: anonymous), of a series and a party when given, the latest first. */
    List<MeetingRow> list(String series, String party, String reader, int offset, int limit) {
        return list(series, party, reader, offset, limit, "starts_at DESC");
    }

    /** The same in {@code orderBy}: SQL of the list's sortable columns, never text from the address. */
    List<MeetingRow> list(String series, String party, String reader, int offset, int limit, String orderBy) {
        return jdbc.sql("SELECT * FROM meetings_meeting WHERE " + LISTED + " ORDER BY " + orderBy + ", id"
                        + " LIMIT :limit OFFSET :offset")
                .param("series", series)
                .param("party", party)
                .param("reader", reader)
                .param("limit", limit)
                .param("offset", offset)
                .query(MeetingStore::meeting)
                .list();
    }

    /** How many meetings {@link #list} would give without a limit. */
    long count(String series, String party, String reader) {
        return jdbc.sql("SELECT count(*) FROM meetings_meeting WHERE " + LISTED)
                .param("series", series)
                .param("party", party)
                .param("reader", reader)
                .query(Long.class)
                .single();
    }

    /** The meetings of a list: those the reader may see, of the series and party asked for (either may be ''). */
    private static final String LISTED = readable("meetings_meeting")
            + " AND (:series = '' OR series = :series) AND (:party = ''"
            + " OR owner_party = :party OR :party = ANY(invited) OR EXISTS (SELECT 1 FROM meetings_registration r"
            + " WHERE r.meeting_id = meetings_meeting.id AND r.party = :party AND r.status IN ('PENDING','WAITING','APPROVED')))";

    /**
     * Meetings visible to {@code reader} that {@code party} registered for and left (withdrawn or rejected) and
     * is otherwise not part of: neither organiser, nor invited, nor registered again. Feeds keep carrying them
     * as cancelled so that calendars drop the event instead of keeping a stale copy.
     */
    List<MeetingRow> leftBy(String party, String reader) {
        return jdbc.sql("SELECT * FROM meetings_meeting WHERE (:reader = '" + MeetingService.SECRETARIAT + "' OR "
                        + Visibility.sqlPredicate("meetings_meeting", "invited") + ") AND owner_party <> :party"
                        + " AND NOT :party = ANY(invited) AND EXISTS (SELECT 1 FROM meetings_registration r"
                        + " WHERE r.meeting_id = meetings_meeting.id AND r.party = :party"
                        + " AND r.status IN ('WITHDRAWN','REJECTED')) AND NOT EXISTS (SELECT 1 FROM"
                        + " meetings_registration r WHERE r.meeting_id = meetings_meeting.id AND r.party = :party"
                        + " AND r.status IN ('PENDING','WAITING','APPROVED')) ORDER BY starts_at DESC LIMIT 1000")
                .param("reader", reader)
                .param("party", party)
                .query(MeetingStore::meeting)
                .list();
    }

    /** Meetings visible to {@code reader} with a session where {@code speaker} (a person's name) speaks. */
    List<MeetingRow> withSpeaker(String speaker, String reader) {
        return jdbc.sql("SELECT * FROM meetings_meeting WHERE (:reader = '" + MeetingService.SECRETARIAT + "' OR "
                        + Visibility.sqlPredicate("meetings_meeting", "invited") + ") AND EXISTS (SELECT 1 FROM"
                        + " meetings_session s, unnest(s.speakers) AS sp WHERE s.meeting_id = meetings_meeting.id"
                        + " AND lower(sp) = lower(:speaker)) ORDER BY starts_at DESC LIMIT 1000")
                .param("reader", reader)
                .param("speaker", speaker)
                .query(MeetingStore::meeting)
                .list();
    }

    /** Changes time, place or status and raises the calendar sequence; false when the version is stale. */
    boolean change(UUID id, long version, OffsetDateTime start, OffsetDateTime end, String venue, boolean cancelled) {
        return jdbc.sql("UPDATE meetings_meeting SET starts_at = ?, ends_at = ?, venue = ?, cancelled = ?,"
                                + " sequence = sequence + 1, version = version + 1 WHERE id = ? AND version = ?")
                        .params(start, end, venue, cancelled, id, version)
                        .update()
                == 1;
    }

    /** Raises the calendar sequence of a meeting whose delegations or programme changed. */
    void bumpSequence(UUID id) {
        jdbc.sql("UPDATE meetings_meeting SET sequence = sequence + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    /** Serialises changes of a meeting's registrations. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM meetings_meeting WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    void outcome(UUID id, String documents, String commitments, String followUp) {
        jdbc.sql("UPDATE meetings_meeting SET outcome_documents = ?, outcome_commitments = ?, outcome_follow_up = ?,"
                        + " outcome_recorded_at = now(), version = version + 1 WHERE id = ?")
                .params(documents, commitments, followUp, id)
                .update();
    }

    void insertSession(UUID meeting, SessionView s) {
        jdbc.sql(
                        "INSERT INTO meetings_session (id, meeting_id, title, starts_at, ends_at, room, speakers) VALUES (?,?,?,?,?,?,?)")
                .params(
                        s.id(),
                        meeting,
                        s.title(),
                        s.start(),
                        s.end(),
                        s.room(),
                        s.speakers().toArray(String[]::new))
                .update();
    }

    List<SessionView> sessions(UUID meeting) {
        return jdbc.sql("SELECT * FROM meetings_session WHERE meeting_id = ? ORDER BY starts_at, title")
                .param(meeting)
                .query((rs, n) -> new SessionView(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class),
                        rs.getString("room"),
                        strings(rs.getArray("speakers"))))
                .list();
    }

    record Registration(
            UUID id,
            UUID meeting,
            String party,
            String kind,
            String status,
            long arrival,
            String credentials,
            Optional<DocumentFiles.StoredFile> letter,
            int size) {}

    List<Registration> registrations(UUID meeting) {
        return jdbc.sql("SELECT r.*, (SELECT count(*) FROM meetings_delegate d WHERE d.registration_id = r.id) AS size"
                        + " FROM meetings_registration r WHERE r.meeting_id = ? ORDER BY r.arrival")
                .param(meeting)
                .query(MeetingStore::registration)
                .list();
    }

    Optional<Registration> registration(UUID id) {
        return jdbc.sql("SELECT r.*, (SELECT count(*) FROM meetings_delegate d WHERE d.registration_id = r.id) AS size"
                        + " FROM meetings_registration r WHERE r.id = ?")
                .param(id)
                .query(MeetingStore::registration)
                .optional();
    }

    void insertRegistration(UUID id, UUID meeting, String party, String status, String credentials, String kind) {
        jdbc.sql("INSERT INTO meetings_registration (id, meeting_id, party, status, credentials, kind)"
                        + " VALUES (?,?,?,?,?,?)")
                .params(id, meeting, party, status, credentials, kind)
                .update();
    }

    void letter(UUID registration, DocumentFiles.StoredFile f) {
        jdbc.sql("UPDATE meetings_registration SET letter_filename = ?, letter_content_type = ?, letter_size = ?,"
                        + " letter_sha256 = ?, letter_uploaded_at = ? WHERE id = ?")
                .params(
                        f.filename(),
                        f.contentType(),
                        f.size(),
                        f.sha256(),
                        java.sql.Timestamp.from(f.storedAt()),
                        registration)
                .update();
    }

    void status(UUID registration, String status) {
        jdbc.sql("UPDATE meetings_registration SET status = ? WHERE id = ?")
                .params(status, registration)
                .update();
    }

    void insertDelegate(UUID registration, String name, String function, boolean head) {
        jdbc.sql("INSERT INTO meetings_delegate (registration_id, position, name, function, head) VALUES (?, (SELECT"
                        + " coalesce(max(position), 0) + 1 FROM meetings_delegate WHERE registration_id = ?), ?, ?, ?)")
                .params(registration, registration, name, function, head)
                .update();
    }

    List<PersonView> delegates(UUID registration) {
        return jdbc.sql(
                        "SELECT name, function, head, attended FROM meetings_delegate WHERE registration_id = ? ORDER BY position")
                .param(registration)
                .query((rs, n) -> new PersonView(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .list();
    }

    void removeDelegate(UUID registration, String name) {
        jdbc.sql("DELETE FROM meetings_delegate WHERE registration_id = ? AND lower(name) = lower(?)")
                .params(registration, name)
                .update();
    }

    boolean markAttended(UUID registration, String name) {
        return jdbc.sql(
                                "UPDATE meetings_delegate SET attended = TRUE WHERE registration_id = ? AND lower(name) = lower(?)")
                        .params(registration, name)
                        .update()
                == 1;
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("party"),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getLong("arrival"),
                rs.getString("credentials"),
                letter(rs),
                rs.getInt("size"));
    }

    private static Optional<DocumentFiles.StoredFile> letter(ResultSet rs) throws SQLException {
        String sha = rs.getString("letter_sha256");
        if (sha == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentFiles.StoredFile(
                rs.getString("letter_filename"),
                rs.getString("letter_content_type"),
                rs.getLong("letter_size"),
                sha,
                rs.getTimestamp("letter_uploaded_at").toInstant()));
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(
                rs.getObject("id", UUID.class),
                rs.getString("owner_party"),
                rs.getString("series"),
                rs.getString("series_kind"),
                rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("time_zone"),
                rs.getString("venue"),
                rs.getString("online_url"),
                strings(rs.getArray("languages")),
                rs.getInt("capacity"),
                strings(rs.getArray("invited")),
                rs.getBoolean("cancelled"),
                rs.getInt("sequence"),
                rs.getString("outcome_documents"),
                rs.getString("outcome_commitments"),
                rs.getString("outcome_follow_up"),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                Visibility.valueOf(rs.getString("visibility")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
