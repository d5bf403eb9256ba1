package org.gsi.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.PageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Names under watch: saved ones and the platform's own people, with the check each was last screened by. */
@Repository
class SubjectStore {

    private final JdbcClient jdbc;

    SubjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Kind {
        SAVED,
        TRAINEE,
        DELEGATE,
        CONTACT,
        PARTNER
    }

    /** What a subject is: the person or organisation, who answers for it, and where it appears. */
    record Spec(
            Kind kind,
            String sourceRef,
            String owner,
            String name,
            String type,
            String birthDate,
            String nationality,
            String context,
            String link) {}

    record Subject(
            UUID id,
            Kind kind,
            String sourceRef,
            String owner,
            String name,
            String type,
            String birthDate,
            String nationality,
            String context,
            String link,
            boolean active,
            UUID lastCheck,
            String screenedOn,
            String createdBy,
            Instant createdAt) {}

    /** Creates the subject or brings it up to date (a changed name is screened again); answers its id. */
    UUID upsert(Spec s, String by) {
        return jdbc.sql("INSERT INTO screening_subject (id, kind, source_ref, owner_party, name, type, birth_date,"
                        + " nationality, context, link, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (kind, source_ref) DO UPDATE SET owner_party = excluded.owner_party,"
                        + " name = excluded.name, type = excluded.type, birth_date = excluded.birth_date,"
                        + " nationality = excluded.nationality, context = excluded.context, link = excluded.link,"
                        + " active = TRUE, screened_on = CASE WHEN screening_subject.name = excluded.name AND"
                        + " screening_subject.owner_party = excluded.owner_party AND screening_subject.active"
                        + " THEN screening_subject.screened_on END RETURNING id")
                .params(
                        UUID.randomUUID(),
                        s.kind().name(),
                        s.sourceRef(),
                        s.owner(),
                        s.name(),
                        s.type(),
                        s.birthDate(),
                        s.nationality(),
                        s.context(),
                        s.link(),
                        by)
                .query(UUID.class)
                .single();
    }

    /** Retires the platform's people of a kind that are no longer there (a withdrawn nomination, a past meeting). */
    int retireOthers(Kind kind, List<String> present) {
        return jdbc.sql("UPDATE screening_subject SET active = FALSE WHERE kind = ? AND active"
                        + " AND NOT (source_ref = ANY(?))")
                .params(kind.name(), present.toArray(String[]::new))
                .update();
    }

    void retire(UUID id) {
        jdbc.sql("UPDATE screening_subject SET active = FALSE WHERE id = ?")
                .param(id)
                .update();
    }

    List<Subject> active() {
        return jdbc.sql("SELECT * FROM screening_subject WHERE active ORDER BY created_at")
                .query(SubjectStore::subject)
                .list();
    }

    Optional<Subject> find(UUID id) {
        return jdbc.sql("SELECT * FROM screening_subject WHERE id = ?")
                .param(id)
                .query(SubjectStore::subject)
                .optional();
    }

    Optional<Subject> find(Kind kind, String sourceRef) {
        return jdbc.sql("SELECT * FROM screening_subject WHERE kind = ? AND source_ref = ? AND active")
                .params(kind.name(), sourceRef)
                .query(SubjectStore::subject)
                .optional();
    }

    PageView<Subject> list(String reader, boolean all, Kind kind, int page, int size) {
        String where = " WHERE active AND (:all OR owner_party = :reader)" + (kind == null ? "" : " AND kind = :kind");
        var count = jdbc.sql("SELECT count(*) FROM screening_subject" + where)
                .param("all", all)
                .param("reader", reader);
        var items = jdbc.sql("SELECT * FROM screening_subject" + where
                        + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("all", all)
                .param("reader", reader)
                .param("size", size)
                .param("offset", (long) page * size);
        if (kind != null) {
            count = count.param("kind", kind.name());
            items = items.param("kind", kind.name());
        }
        return new PageView<>(
                items.query(SubjectStore::subject).list(),
                page,
                size,
                count.query(Long.class).single());
    }

    /**
     * Takes the subject for screening against {@code versions} unless it already was (by this node or another):
     * true for exactly one caller.
     */
    boolean claim(UUID id, String versions) {
        return jdbc.sql("UPDATE screening_subject SET screened_on = ? WHERE id = ? AND active"
                        + " AND screened_on IS DISTINCT FROM ? RETURNING id")
                .params(versions, id, versions)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    void screened(UUID id, UUID check) {
        jdbc.sql("UPDATE screening_subject SET last_check = ? WHERE id = ?")
                .params(check, id)
                .update();
    }

    private static Subject subject(ResultSet rs, int i) throws SQLException {
        return new Subject(
                rs.getObject("id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("source_ref"),
                rs.getString("owner_party"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("birth_date"),
                rs.getString("nationality"),
                rs.getString("context"),
                rs.getString("link"),
                rs.getBoolean("active"),
                rs.getObject("last_check", UUID.class),
                rs.getString("screened_on"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
