package org.gsi.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Checks and their decisions. */
@Repository
class CheckStore {

    private static final TypeReference<List<Check.StoredCandidate>> CANDIDATES = new TypeReference<>() {};
    private static final TypeReference<List<CandidateIndexHolder.ListVersion>> VERSIONS = new TypeReference<>() {};
    private static final String INSERT =
            "INSERT INTO screening_check (id, party, asked_by, asked_at, purpose, subject_id,"
                    + " batch_id, name, type, birth_date, nationality, lists, list_versions, threshold, candidates,"
                    + " possible_matches) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    CheckStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void insert(Check c) {
        template.update(INSERT, row(c));
    }

    void insertAll(List<Check> checks) {
        template.batchUpdate(INSERT, checks.stream().map(this::row).toList());
    }

    private Object[] row(Check c) {
        return new Object[] {
            c.id(),
            c.party(),
            c.askedBy(),
            java.sql.Timestamp.from(c.askedAt()),
            c.purpose(),
            c.subject(),
            c.batch(),
            c.name(),
            c.type(),
            c.birthDate(),
            c.nationality(),
            c.lists().toArray(String[]::new),
            json.writeValueAsString(c.listVersions()),
            c.threshold(),
            json.writeValueAsString(c.candidates()),
            c.possibleMatches()
        };
    }

    Optional<Check> find(UUID id) {
        return jdbc.sql("SELECT * FROM screening_check WHERE id = ?")
                .param(id)
                .query(this::check)
                .optional();
    }

    /** The checks a reader may see (their party's; every party's for the secretariat), newest first. */
    PageView<Check> list(String reader, boolean all, String purpose, int page, int size) {
        String where = " WHERE (:all OR party = :reader)" + (purpose == null ? "" : " AND purpose = :purpose");
        var count = jdbc.sql("SELECT count(*) FROM screening_check" + where)
                .param("all", all)
                .param("reader", reader);
        var items = jdbc.sql("SELECT * FROM screening_check" + where + " ORDER BY asked_at DESC, id LIMIT :size OFFSET"
                        + " :offset")
                .param("all", all)
                .param("reader", reader)
                .param("size", size)
                .param("offset", (long) page * size);
        if (purpose != null) {
            count = count.param("purpose", purpose);
            items = items.param("purpose", purpose);
        }
        return new PageView<>(
                items.query(this::check).list(),
                page,
                size,
                count.query(Long.class).single());
    }

    /** Records the decision if the check is still at {@code version}; false when someone decided in between. */
    boolean decide(UUID id, long version, Check.Decision d, String party) {
        int n = jdbc.sql("UPDATE screening_check SET decision = ?, decision_reason = ?, decision_entry = ?,"
                        + " decided_by = ?, decided_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(
                        d.verdict().name(),
                        d.reason(),
                        d.entryId(),
                        d.decidedBy(),
                        java.sql.Timestamp.from(d.decidedAt()),
                        id,
                        version)
                .update();
        if (n == 1) {
            jdbc.sql("INSERT INTO screening_decision (check_id, decision, reason, entry, decided_by, party, decided_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            d.verdict().name(),
                            d.reason(),
                            d.entryId(),
                            d.decidedBy(),
                            party,
                            java.sql.Timestamp.from(d.decidedAt()))
                    .update();
        }
        return n == 1;
    }

    List<Check.Decision> decisions(UUID check) {
        return jdbc.sql("SELECT * FROM screening_decision WHERE check_id = ? ORDER BY id")
                .param(check)
                .query((rs, i) -> new Check.Decision(
                        Check.Verdict.valueOf(rs.getString("decision")),
                        rs.getString("reason"),
                        rs.getString("entry"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The checks of a batch, in the order of its rows. */
    List<Check> ofBatch(UUID batch) {
        return jdbc.sql("SELECT c.* FROM screening_check c JOIN screening_batch_row r ON r.check_id = c.id"
                        + " WHERE r.batch_id = ? ORDER BY r.line")
                .param(batch)
                .query(this::check)
                .list();
    }

    private Check check(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        Optional<Check.Decision> d = decision == null
                ? Optional.empty()
                : Optional.of(new Check.Decision(
                        Check.Verdict.valueOf(decision),
                        rs.getString("decision_reason"),
                        rs.getString("decision_entry"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()));
        return new Check(
                rs.getObject("id", UUID.class),
                rs.getString("party"),
                rs.getString("asked_by"),
                rs.getTimestamp("asked_at").toInstant(),
                rs.getString("purpose"),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("batch_id", UUID.class),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("birth_date"),
                rs.getString("nationality"),
                List.of((String[]) rs.getArray("lists").getArray()),
                json.readValue(rs.getString("list_versions"), VERSIONS),
                rs.getDouble("threshold"),
                json.readValue(rs.getString("candidates"), CANDIDATES),
                d,
                rs.getLong("version"));
    }
}
