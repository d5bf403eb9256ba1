package org.gsi.earlywarning.internal.situations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.situations.SituationViews.AssessmentView;
import org.gsi.earlywarning.internal.situations.SituationViews.DevelopmentView;
import org.gsi.earlywarning.internal.situations.SituationViews.SituationView;
import org.gsi.platform.PageView;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of situations, developments and assessments. Every read of situations and assessments carries the visibility
 * predicate for the reader's party: a participant of a situation is a party concerned.
 */
@Repository
class SituationStore {

    static final String SITUATION_VISIBLE = Visibility.sqlPredicate("s", "parties_concerned");
    static final String ASSESSMENT_VISIBLE = Visibility.sqlPredicate("a", "participants");

    private final JdbcClient jdbc;

    SituationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            SituationViews.CreateSituationRequest r,
            String status,
            String visibility,
            String owner,
            String user,
            boolean demo) {
        jdbc.sql("INSERT INTO earlywarning_situation (id, title, summary, countries, domains, parties_concerned,"
                        + " status, owner_party, visibility, created_by, demo) VALUES (:id, :title, :summary,"
                        + " :countries, :domains, :parties, :status, :owner, :visibility, :user, :demo)")
                .param("id", id)
                .param("title", r.title().trim())
                .param("summary", r.summary() == null ? "" : r.summary().trim())
                .param("countries", r.countries().toArray(String[]::new))
                .param("domains", r.domains().toArray(String[]::new))
                .param("parties", r.partiesConcerned().toArray(String[]::new))
                .param("status", status)
                .param("owner", owner)
                .param("visibility", visibility)
                .param("user", user)
                .param("demo", demo)
                .update();
    }

    /** Updates when the version matches; returns whether it did. */
    boolean update(
            UUID id,
            long version,
            String title,
            String summary,
            List<String> domains,
            List<String> parties,
            String status) {
        return jdbc.sql("UPDATE earlywarning_situation SET title = :title, summary = :summary, domains = :domains,"
                                + " parties_concerned = :parties, status = :status, updated_at = now(),"
                                + " version = version + 1 WHERE id = :id AND version = :version")
                        .param("title", title)
                        .param("summary", summary)
                        .param("domains", domains.toArray(String[]::new))
                        .param("parties", parties.toArray(String[]::new))
                        .param("status", status)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    Optional<SituationView> find(UUID id, String reader) {
        return jdbc.sql("SELECT * FROM earlywarning_situation s WHERE s.id = :id AND " + SITUATION_VISIBLE)
                .param("id", id)
                .param("reader", reader)
                .query(SituationStore::situation)
                .optional();
    }

    PageView<SituationView> search(String reader, String country, String status, String q, int page, int size) {
        List<String> where = new ArrayList<>(List.of(SITUATION_VISIBLE));
        Map<String, Object> params = new HashMap<>();
        params.put("reader", reader);
        if (country != null && !country.isBlank()) {
            where.add(":country = ANY(s.countries)");
            params.put("country", country.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (status != null && !status.isBlank()) {
            where.add("s.status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.add("(s.title ILIKE :q OR s.summary ILIKE :q)");
            params.put("q", "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM earlywarning_situation s" + clause)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<SituationView> items = jdbc.sql("SELECT * FROM earlywarning_situation s" + clause
                        + " ORDER BY s.updated_at DESC, s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(SituationStore::situation)
                .list();
        return new PageView<>(items, page, size, total);
    }

    Optional<UUID> findByTitle(String title) {
        return jdbc.sql("SELECT id FROM earlywarning_situation WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .optional();
    }

    void addDevelopment(UUID id, UUID situation, LocalDate on, String text, String user, String party) {
        jdbc.sql("INSERT INTO earlywarning_development (id, situation_id, occurred_on, text, recorded_by,"
                        + " recorded_party) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, situation, on, text, user, party)
                .update();
        touch(situation);
    }

    List<DevelopmentView> developments(UUID situation) {
        return jdbc.sql(
                        "SELECT * FROM earlywarning_development WHERE situation_id = ? ORDER BY occurred_on, created_at")
                .param(situation)
                .query((rs, n) -> new DevelopmentView(
                        rs.getObject("id", UUID.class),
                        rs.getDate("occurred_on").toLocalDate(),
                        rs.getString("text"),
                        rs.getString("recorded_by"),
                        rs.getString("recorded_party")))
                .list();
    }

    void addAssessment(
            UUID id,
            UUID situation,
            String owner,
            String author,
            String visibility,
            List<String> participants,
            String risk,
            String text,
            LocalDate on,
            boolean demo) {
        jdbc.sql("INSERT INTO earlywarning_assessment (id, situation_id, owner_party, author, visibility,"
                        + " participants, risk_level, text, assessed_on, demo) VALUES (:id, :situation, :owner,"
                        + " :author, :visibility, :participants, :risk, :text, :on, :demo)")
                .param("id", id)
                .param("situation", situation)
                .param("owner", owner)
                .param("author", author)
                .param("visibility", visibility)
                .param("participants", participants.toArray(String[]::new))
                .param("risk", risk)
                .param("text", text)
                .param("on", on)
                .param("demo", demo)
                .update();
        touch(situation);
    }

    /** The assessments of a situation the reader may see, newest first. */
    List<AssessmentView> assessments(UUID situation, String reader) {
        return jdbc.sql("SELECT * FROM earlywarning_assessment a WHERE a.situation_id = :situation AND "
                        + ASSESSMENT_VISIBLE + " ORDER BY a.assessed_on DESC, a.created_at DESC")
                .param("situation", situation)
                .param("reader", reader)
                .query(SituationStore::assessment)
                .list();
    }

    Optional<AssessmentView> assessment(UUID id, String reader) {
        return jdbc.sql("SELECT a.* FROM earlywarning_assessment a JOIN earlywarning_situation s"
                        + " ON s.id = a.situation_id WHERE a.id = :id AND " + ASSESSMENT_VISIBLE + " AND "
                        + SITUATION_VISIBLE)
                .param("id", id)
                .param("reader", reader)
                .query(SituationStore::assessment)
                .optional();
    }

    private void touch(UUID situation) {
        jdbc.sql("UPDATE earlywarning_situation SET updated_at = now() WHERE id = ?")
                .param(situation)
                .update();
    }

    private static SituationView situation(ResultSet rs, int n) throws SQLException {
        return new SituationView(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("summary"),
                list(rs.getArray("countries")),
                list(rs.getArray("domains")),
                list(rs.getArray("parties_concerned")),
                rs.getString("status"),
                rs.getString("owner_party"),
                rs.getString("visibility"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                rs.getBoolean("demo"),
                List.of(),
                List.of());
    }

    private static AssessmentView assessment(ResultSet rs, int n) throws SQLException {
        return new AssessmentView(
                rs.getObject("id", UUID.class),
                rs.getObject("situation_id", UUID.class),
                rs.getString("owner_party"),
                rs.getString("author"),
                rs.getString("visibility"),
                rs.getString("risk_level"),
                rs.getString("text"),
                rs.getDate("assessed_on").toLocalDate(),
                rs.getBoolean("demo"));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
