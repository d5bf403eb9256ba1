package org.gsi.negotiation.internal.poll;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.negotiation.PartyCode;
import org.gsi.negotiation.PollId;
import org.gsi.negotiation.internal.Delegate;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.Visibility;
import org.gsi.registry.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polls among the members of a mechanism: members are the mechanism's current members when the poll opens, each
 * member party votes once through its focal point (a new ballot replaces its earlier one), results stay hidden
 * until close if so chosen, and the outcome is recorded when the poll closes.
 */
@Service
public class PollService {

    static final String TYPE = "poll";
    private static final String VISIBLE = Visibility.sqlPredicate("p", "readers");

    private final JdbcClient jdbc;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    PollService(
            JdbcClient jdbc,
            Registry registry,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
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

    public record OpenPollRequest(
            String mechanism,
            String question,
            String kind,
            List<String> choices,
            BigDecimal quorum,
            Boolean hidden,
            String visibility) {}

    public record BallotRequest(String vote, String reason, List<String> ranking) {}

    @Transactional
    public UUID open(Actor actor, OpenPollRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "open", TYPE, null);
        if (r.mechanism() == null || !registry.exists(r.mechanism())) {
            throw new InvalidInputException("mechanism", "no mechanism '" + r.mechanism() + "' in the registry");
        }
        List<String> members = registry.currentMembers(r.mechanism());
        if (members.isEmpty()) {
            throw new InvalidInputException("mechanism", r.mechanism() + " has no current members to poll");
        }
        if (!members.contains(actor.partyCode())
                && !actor.partyCode().equals(r.mechanism())
                && !actor.can(Permission.MANAGE_REGISTRY)) {
            throw new ForbiddenException(
                    "Only a member of " + r.mechanism() + ", the mechanism itself or the secretariat opens its polls",
                    "open",
                    TYPE,
                    null,
                    r.mechanism());
        }
        Poll.Kind kind = kind(r.kind());
        BigDecimal quorum = r.quorum() == null ? new BigDecimal("0.5") : r.quorum();
        UUID id = UUID.randomUUID();
        java.util.Set<PartyCode> codes = codes(members);
        List<String> choices = r.choices() == null ? List.of() : r.choices();
        boolean hidden = Boolean.TRUE.equals(r.hidden());
        build(id, r.question(), kind, choices, codes, quorum, hidden);
        TreeSet<String> readers = new TreeSet<>(members);
        readers.add(actor.partyCode());
        readers.add(r.mechanism());
        Visibility visibility = r.visibility() == null ? Visibility.PARTICIPANTS : Visibility.parse(r.visibility());
        jdbc.sql("INSERT INTO negotiation_poll (id, mechanism, question, kind, choices, members, quorum, hidden,"
                        + " visibility, owner_party, readers, status, demo, version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0, ?)")
                .params(
                        id,
                        r.mechanism(),
                        r.question().strip(),
                        kind.name(),
                        choices.toArray(String[]::new),
                        members.toArray(String[]::new),
                        quorum,
                        hidden,
                        visibility.name(),
                        actor.partyCode(),
                        readers.toArray(String[]::new),
                        demo,
                        Timestamp.from(Instant.now()))
                .update();
        audit.record(
                actor,
                "open",
                TYPE,
                id.toString(),
                actor.partyCode(),
                "Poll of " + r.mechanism() + ": " + r.question().strip());
        for (String member : members) {
            notifications.toPartyFocalPoints(
                    member,
                    new Notice(
                            "poll-opened",
                            "Poll: " + r.question().strip(),
                            "Your party, as a member of " + r.mechanism() + ", is asked to vote.",
                            "/api/v1/polls/" + id));
        }
        return id;
    }

    private static java.util.Set<PartyCode> codes(List<String> members) {
        java.util.Set<PartyCode> codes = new TreeSet<>();
        members.forEach(m -> codes.add(PartyCode.of(m)));
        return codes;
    }

    private static Poll build(
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
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("question", e.getMessage());
        }
    }

    static Poll.Kind kind(String kind) {
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("consent-objection")) {
            return Poll.Kind.CONSENT_OBJECTION;
        }
        if (kind.equalsIgnoreCase("ranked-choice")) {
            return Poll.Kind.RANKED_CHOICE;
        }
        throw new InvalidInputException("kind", "must be consent-objection or ranked-choice");
    }

    @Transactional(readOnly = true)
    public PageView<PollHead> list(String reader, int page, int size) {
        PageView.checkPaging(page, size);
        long total = jdbc.sql("SELECT count(*) FROM negotiation_poll p WHERE " + VISIBLE)
                .param("reader", reader)
                .query(Long.class)
                .single();
        List<PollHead> items = jdbc.sql("SELECT * FROM negotiation_poll p WHERE " + VISIBLE
                        + " ORDER BY p.created_at DESC, p.id LIMIT :limit OFFSET :offset")
                .param("reader", reader)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(PollService::head)
                .list();
        return new PageView<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public PollHead head(String reader, UUID id) {
        return find(id, false)
                .filter(h -> h.visibility().admits(reader, h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
    }

    private Optional<PollHead> find(UUID id, boolean lock) {
        return jdbc.sql("SELECT * FROM negotiation_poll p WHERE p.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query(PollService::head)
                .optional();
    }

    /** The running count, or empty while results are hidden. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Integer>> count(String reader, UUID id) {
        PollHead head = head(reader, id);
        Poll poll = rebuild(head);
        if (head.hidden() && head.outcome() == null) {
            return Optional.empty();
        }
        return Optional.of(poll.currentCount());
    }

    @Transactional(readOnly = true)
    public List<String> voted(String reader, UUID id) {
        head(reader, id);
        return jdbc.sql("SELECT DISTINCT party FROM negotiation_poll_ballot WHERE poll_id = ? ORDER BY party")
                .param(id)
                .query(String.class)
                .list();
    }

    @Transactional
    public void vote(Actor actor, UUID id, BallotRequest r) {
        PollHead head = find(id, true)
                .filter(h -> h.visibility().admits(actor.partyCode(), h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
        Poll poll = rebuild(head);
        Delegate by = new Delegate(PartyCode.of(actor.partyCode()), actor.can(Permission.SPEAK_FOR_PARTY));
        cast(poll, by, r, head);
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
                        actor.partyCode(),
                        head.kind() == Poll.Kind.CONSENT_OBJECTION
                                ? r.vote().trim().toUpperCase()
                                : null,
                        r.reason(),
                        r.ranking() == null ? null : r.ranking().toArray(String[]::new),
                        actor.username(),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("UPDATE negotiation_poll SET version = version + 1 WHERE id = ?")
                .param(id)
                .update();
        audit.record(actor, "vote", TYPE, id.toString(), head.ownerParty(), actor.partyCode() + " voted");
    }

    private static void cast(Poll poll, Delegate by, BallotRequest r, PollHead head) {
        try {
            if (head.kind() == Poll.Kind.CONSENT_OBJECTION) {
                ConsentVote vote;
                try {
                    vote = ConsentVote.valueOf(r.vote().trim().toUpperCase());
                } catch (RuntimeException e) {
                    throw new InvalidInputException("vote", "must be consent, object or abstain");
                }
                poll.castConsent(by, by.party(), vote, r.reason());
            } else {
                poll.castRanking(by, by.party(), r.ranking() == null ? List.of() : r.ranking());
            }
        } catch (PollException e) {
            throw switch (e.reason()) {
                case NOT_A_MEMBER ->
                    new ForbiddenException(
                            e.getMessage(), "vote", TYPE, head.id().toString(), head.ownerParty());
                case POLL_CLOSED -> new ConflictException(e.getMessage());
                default -> new InvalidInputException("vote", e.getMessage());
            };
        } catch (org.gsi.negotiation.internal.NotOwnFocalPointException e) {
            throw new ForbiddenException(e.getMessage(), "vote", TYPE, head.id().toString(), head.ownerParty());
        }
    }

    @Transactional
    public PollOutcome close(Actor actor, UUID id) {
        PollHead head = find(id, true)
                .filter(h -> h.visibility().admits(actor.partyCode(), h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
        actor.require(Permission.EDIT_PARTY_RECORDS, head.ownerParty(), "close", TYPE, id.toString());
        Poll poll = rebuild(head);
        if (head.outcome() != null) {
            throw new ConflictException("The poll is already closed");
        }
        PollOutcome outcome = poll.close(Instant.now());
        jdbc.sql(
                        "UPDATE negotiation_poll SET status = 'CLOSED', outcome = ?::jsonb, version = version + 1 WHERE id = ?")
                .params(json.writeValueAsString(outcome), id)
                .update();
        audit.record(
                actor,
                "close",
                TYPE,
                id.toString(),
                head.ownerParty(),
                "Closed: " + outcome.result()
                        + outcome.winner().map(w -> " (" + w + ")").orElse(""));
        poll.drainEvents().forEach(events::publishEvent);
        return outcome;
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
            poll.drainEvents();
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
}
