package org.gsi.negotiation.internal.poll;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.gsi.negotiation.PollId;
import org.gsi.negotiation.internal.Delegate;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where polls are kept: the head row of each poll and its ballots in casting order. A poll is rebuilt by replaying
 * its ballots through the domain object, so counting and closing always see every ballot cast.
 */
@Component
class PollStore {

    private static final String VISIBLE = Visibility.sqlPredicate("p", "readers");

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PollHead(
            UUID id,
            String mechanism,
            String question,
            Poll.Kind kind,
            List<String> choices,
            List<String> members,
            BigDecimal quorum,
            boolean hidden,
            Visibility visibility,
            String ownerParty,
            List<String> readers,
            String status,
            String outcome,
            boolean demo,
            long version,
            Instant createdAt) {}

    long count(String reader) {
        return jdbc.sql("SELECT count(*) FROM negotiation_poll p WHERE " + VISIBLE)
                .param("reader", reader)
                .query(Long.class)
                .single();
    }

    List<PollHead> page(String reader, int page, int size) {
        return jdbc.sql("SELECT * FROM negotiation_poll p WHERE " + VISIBLE
                        + " ORDER BY p.created_at DESC, p.id LIMIT :limit OFFSET :offset")
                .param("reader", reader)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(PollStore::head)
                .list();
    }

    Optional<PollHead> find(UUID id, boolean lock) {
        return jdbc.sql("SELECT * FROM negotiation_poll p WHERE p.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query(PollStore::head)
                .optional();
    }

    List<String> voted(UUID id) {
        return jdbc.sql("SELECT DISTINCT party FROM negotiation_poll_ballot WHERE poll_id = ? ORDER BY party")
                .param(id)
                .query(String.class)
                .list();
    }

    static java.util.Set<PartyCode> codes(List<String> members) {
        java.util.Set<PartyCode> codes = new TreeSet<>();
        members.forEach(m -> codes.add(PartyCode.of(m)));
        return codes;
    }

    static Poll build(
            UUID id,
            String question,
            Poll.Kind kind,
            List<String> choices,
            java.util.Set<PartyCode> members,
            BigDecimal quorum,
            boolean hidden) {
        try {
            Quorum q = new Quorum(quorum);
            return kind == Poll.Kind.RANKED_CHOICE
                    ? Poll.rankedChoice(new PollId(id), question, choices, members, q, hidden)
                    : Poll.consentObjection(new PollId(id), question, members, q, hidden);
        } catch (PollException e) {
            throw new InvalidInputException(
                    e.words().key().equals("negotiation.refused.quorum") ? "quorum" : "question", e.words());
        } catch (NullPointerException e) {
            throw new InvalidInputException("question", Message.of("negotiation.refused.pollQuestion"));
        }
    }

    Poll rebuild(PollHead head) {
        Poll poll = build(
                head.id(),
                head.question(),
                head.kind(),
                head.choices(),
                codes(head.members()),
                head.quorum(),
                head.hidden());
        jdbc.sql("SELECT party, vote, reason, ranking FROM negotiation_poll_ballot WHERE poll_id = ? ORDER BY seq")
                .param(head.id())
                .query(rs -> {
                    PartyCode party = PartyCode.of(rs.getString("party"));
                    Delegate by = new Delegate(party, true);
                    if (head.kind() == Poll.Kind.CONSENT_OBJECTION) {
                        poll.castConsent(by, party, ConsentVote.valueOf(rs.getString("vote")), rs.getString("reason"));
                    } else {
                        poll.castRanking(by, party, strings(rs.getArray("ranking")));
                    }
                });
        if (head.outcome() != null) {
            poll.close(head.createdAt());
        }
        return poll;
    }

    private static PollHead head(ResultSet rs, int n) throws SQLException {
        return new PollHead(
                rs.getObject("id", UUID.class),
                rs.getString("mechanism"),
                rs.getString("question"),
                Poll.Kind.valueOf(rs.getString("kind")),
                strings(rs.getArray("choices")),
                strings(rs.getArray("members")),
                rs.getBigDecimal("quorum"),
                rs.getBoolean("hidden"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("owner_party"),
                strings(rs.getArray("readers")),
                rs.getString("status"),
                rs.getString("outcome"),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Adds a ballot after the poll's earlier ones (the head row is locked by the caller) and counts the change. */
    void addBallot(UUID id, String party, String vote, String reason, List<String> ranking, String username) {
        int seq = jdbc.sql("SELECT count(*) FROM negotiation_poll_ballot WHERE poll_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                + 1;
        jdbc.sql("INSERT INTO negotiation_poll_ballot (poll_id, seq, party, vote, reason, ranking, username, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        seq,
                        party,
                        vote,
                        reason,
                        ranking == null ? null : ranking.toArray(String[]::new),
                        username,
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("UPDATE negotiation_poll SET version = version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    void markClosed(UUID id, String outcomeJson) {
        jdbc.sql(
                        "UPDATE negotiation_poll SET status = 'CLOSED', outcome = ?::jsonb, version = version + 1 WHERE id = ?")
                .params(outcomeJson, id)
                .update();
    }
}
