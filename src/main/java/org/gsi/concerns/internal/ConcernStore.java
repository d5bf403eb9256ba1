package org.gsi.concerns.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernVisibility;
import org.gsi.concerns.ProposalRef;
import org.gsi.platform.ConflictException;
import org.gsi.platform.Message;
import org.gsi.platform.VersionedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Concerns and consultations in PostgreSQL. Every read of concerns applies the reader's visibility. */
@Repository
class ConcernStore {

    static final String SECRETARIAT = "gsi-secretariat";
    static final String READABLE =
            "(c.visibility = 'PUBLIC' OR c.owner_party = :reader OR :reader = '" + SECRETARIAT + "')";

    private static final VersionedTable CONCERNS = new VersionedTable("concerns_concern", "concern");

    /** A stored consultation with its row id and version. */
    record StoredConsultation(UUID id, long version, String proposalTitle, Consultation consultation) {}

    private final JdbcClient jdbc;

    ConcernStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SecurityConcern c, boolean demo) {
        jdbc.sql("""
                INSERT INTO concerns_concern (id, owner_party, text, domains, countries, regions, concerned_parties,
                  activity_kinds, visibility, registered_at, demo)
                VALUES (:id, :owner, :text, :domains, :countries, :regions, :parties, :kinds, :visibility, :at, :demo)
                """)
                .param("id", c.id().value())
                .param("owner", c.ownerParty())
                .param("text", c.text())
                .param("domains", array(c.domains()))
                .param("countries", array(c.countries()))
                .param("regions", array(c.regions()))
                .param("parties", array(c.concernedParties()))
                .param("kinds", array(c.activityKinds()))
                .param("visibility", c.visibility().name())
                .param("at", Timestamp.from(c.registeredAt()))
                .param("demo", demo)
                .update();
    }

    /** Withdraws a concern read at {@code readVersion}, unless another change came first. */
    void withdraw(UUID id, Instant at, long readVersion) {
        int rows = jdbc.sql("UPDATE concerns_concern SET withdrawn_at = :at, version = version + 1"
                        + " WHERE id = :id AND version = :version AND withdrawn_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", readVersion)
                .update();
        CONCERNS.requireAdvanced(rows, jdbc, id);
    }

    List<SecurityConcern> active() {
        return jdbc.sql("SELECT * FROM concerns_concern c WHERE withdrawn_at IS NULL")
                .query((rs, n) -> concern(rs))
                .list();
    }

    Optional<ConcernRow> find(UUID id, String reader) {
        return jdbc.sql("SELECT * FROM concerns_concern c WHERE id = :id AND " + READABLE)
                .param("id", id)
                .param("reader", reader)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<ConcernRow> list(String reader, String owner, String domain, int page, int size) {
        return jdbc.sql("SELECT * FROM concerns_concern c WHERE " + READABLE + filters(owner, domain)
                        + " ORDER BY registered_at DESC, id LIMIT :size OFFSET :offset")
                .params(filterParams(reader, owner, domain))
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs))
                .list();
    }

    long count(String reader, String owner, String domain) {
        return jdbc.sql("SELECT count(*) FROM concerns_concern c WHERE " + READABLE + filters(owner, domain))
                .params(filterParams(reader, owner, domain))
                .query(Long.class)
                .single();
    }

    private static String filters(String owner, String domain) {
        return (owner == null ? "" : " AND c.owner_party = :owner")
                + (domain == null ? "" : " AND :domain = ANY(c.domains)");
    }

    private static java.util.Map<String, Object> filterParams(String reader, String owner, String domain) {
        var params = new java.util.HashMap<String, Object>();
        params.put("reader", reader);
        if (owner != null) {
            params.put("owner", owner);
        }
        if (domain != null) {
            params.put("domain", domain);
        }
        return params;
    }

    void insertConsultation(Consultation c, String proposalTitle, List<String> matchedOn) {
        jdbc.sql("""
                INSERT INTO concerns_consultation (id, concern_id, proposal_kind, proposal_id, proposal_title,
                  owner_party, matched_on, opened_at, closes_at, state)
                VALUES (:id, :concern, :kind, :proposal, :title, :owner, :matched, :opened, :closes, 'OPEN')
                ON CONFLICT (concern_id, proposal_kind, proposal_id) DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("concern", c.concernId().value())
                .param("kind", c.proposal().kind())
                .param("proposal", c.proposal().id())
                .param("title", proposalTitle)
                .param("owner", c.ownerParty())
                .param("matched", array(matchedOn))
                .param("opened", Timestamp.from(c.openedAt()))
                .param("closes", Timestamp.from(c.closesAt()))
                .update();
    }

    void saveAnswer(StoredConsultation stored) {
        Consultation c = stored.consultation();
        int rows = jdbc.sql("UPDATE concerns_consultation SET state = :state, answer = :answer,"
                        + " answered_at = :at, version = version + 1 WHERE id = :id AND version = :version")
                .param("state", c.storedState().name())
                .param("answer", c.answer().orElse(null))
                .param("at", c.answeredAt().map(Timestamp::from).orElse(null))
                .param("id", stored.id())
                .param("version", stored.version())
                .update();
        if (rows != 1) {
            throw new ConflictException(Message.of("concerns.refused.answeredMeanwhile"));
        }
    }

    List<StoredConsultation> consultationsOn(ProposalRef proposal) {
        return consultations("WHERE k.proposal_kind = :kind AND k.proposal_id = :proposal ORDER BY k.opened_at")
                .param("kind", proposal.kind())
                .param("proposal", proposal.id())
                .query((rs, n) -> consultation(rs))
                .list();
    }

    List<StoredConsultation> consultationsOf(String owner) {
        return consultations("WHERE k.owner_party = :owner ORDER BY k.opened_at DESC LIMIT 200")
                .param("owner", owner)
                .query((rs, n) -> consultation(rs))
                .list();
    }

    Optional<StoredConsultation> consultation(UUID id) {
        return consultations("WHERE k.id = :id")
                .param("id", id)
                .query((rs, n) -> consultation(rs))
                .optional();
    }

    private JdbcClient.StatementSpec consultations(String where) {
        return jdbc.sql("SELECT c.*, k.id AS k_id, k.version AS k_version, k.proposal_kind, k.proposal_id,"
                + " k.proposal_title, k.matched_on, k.opened_at, k.closes_at, k.state, k.answer, k.answered_at"
                + " FROM concerns_consultation k JOIN concerns_concern c ON c.id = k.concern_id " + where);
    }

    private static StoredConsultation consultation(ResultSet rs) throws SQLException {
        SecurityConcern concern = concern(rs);
        Consultation c = Consultation.restore(
                new ConcernMatch(concern, strings(rs.getArray("matched_on"))),
                new ProposalRef(rs.getString("proposal_kind"), rs.getString("proposal_id")),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                ConsultationState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("answer")),
                Optional.ofNullable(rs.getTimestamp("answered_at")).map(Timestamp::toInstant));
        return new StoredConsultation(
                rs.getObject("k_id", UUID.class), rs.getLong("k_version"), rs.getString("proposal_title"), c);
    }

    /** A concern as listed, with whether it was withdrawn and whether it is demo content. */
    record ConcernRow(SecurityConcern concern, Optional<Instant> withdrawnAt, boolean demo, long version) {}

    private static ConcernRow row(ResultSet rs) throws SQLException {
        return new ConcernRow(
                concern(rs),
                Optional.ofNullable(rs.getTimestamp("withdrawn_at")).map(Timestamp::toInstant),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }

    private static SecurityConcern concern(ResultSet rs) throws SQLException {
        return new SecurityConcern(
                new ConcernId(rs.getObject("id", UUID.class)),
                rs.getString("owner_party"),
                rs.getString("text"),
                Set.copyOf(strings(rs.getArray("domains"))),
                Set.copyOf(strings(rs.getArray("countries"))),
                Set.copyOf(strings(rs.getArray("regions"))),
                Set.copyOf(strings(rs.getArray("concerned_parties"))),
                Set.copyOf(strings(rs.getArray("activity_kinds"))),
                ConcernVisibility.valueOf(rs.getString("visibility")),
                rs.getTimestamp("registered_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String[] array(Collection<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }
}
