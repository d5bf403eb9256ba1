package org.gsi.negotiation.internal.poll;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.negotiation.internal.Delegate;
import org.gsi.negotiation.internal.poll.PollStore.PollHead;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.gsi.registry.Registry;
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

    private final JdbcClient jdbc;
    private final PollStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;
    private final JsonMapper json;

    PollService(
            JdbcClient jdbc,
            PollStore store,
            Registry registry,
            AuditLog audit,
            Notifications notifications,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
        this.json = json;
    }

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
            throw new InvalidInputException(
                    "mechanism", Message.of("form.refused.noParty", String.valueOf(r.mechanism())));
        }
        List<String> members = registry.currentMembers(r.mechanism());
        if (members.isEmpty()) {
            throw new InvalidInputException("mechanism", Message.of("negotiation.refused.noMembers", r.mechanism()));
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
        java.util.Set<PartyCode> codes = PollStore.codes(members);
        List<String> choices = r.choices() == null ? List.of() : r.choices();
        boolean hidden = Boolean.TRUE.equals(r.hidden());
        PollStore.build(id, r.question(), kind, choices, codes, quorum, hidden);
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
                    Notice.of(
                            "poll-opened",
                            "/api/v1/polls/" + id,
                            party -> visibility.admits(party, actor.partyCode(), readers),
                            r.question().strip(),
                            r.mechanism()));
        }
        return id;
    }

    static Poll.Kind kind(String kind) {
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("consent-objection")) {
            return Poll.Kind.CONSENT_OBJECTION;
        }
        if (kind.equalsIgnoreCase("ranked-choice")) {
            return Poll.Kind.RANKED_CHOICE;
        }
        throw new InvalidInputException("kind", Message.of("negotiation.refused.pollKind"));
    }

    @Transactional(readOnly = true)
    public PageView<PollHead> list(String reader, int page, int size) {
        PageView.checkPaging(page, size);
        long total = store.count(reader);
        List<PollHead> items = store.page(reader, page, size);
        return new PageView<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public PollHead head(String reader, UUID id) {
        return store.find(id, false)
                .filter(h -> h.visibility().admits(reader, h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
    }

    /** The running count, or empty while results are hidden. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Integer>> count(String reader, UUID id) {
        PollHead head = head(reader, id);
        Poll poll = store.rebuild(head);
        if (head.hidden() && head.outcome() == null) {
            return Optional.empty();
        }
        return Optional.of(poll.currentCount());
    }

    @Transactional(readOnly = true)
    public List<String> voted(String reader, UUID id) {
        head(reader, id);
        return store.voted(id);
    }

    @Transactional
    public void vote(Actor actor, UUID id, BallotRequest r) {
        PollHead head = store.find(id, true)
                .filter(h -> h.visibility().admits(actor.partyCode(), h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
        Poll poll = store.rebuild(head);
        Delegate by = new Delegate(PartyCode.of(actor.partyCode()), actor.can(Permission.SPEAK_FOR_PARTY));
        cast(poll, by, r, head);
        store.addBallot(
                id,
                actor.partyCode(),
                head.kind() == Poll.Kind.CONSENT_OBJECTION ? r.vote().trim().toUpperCase() : null,
                r.reason(),
                r.ranking(),
                actor.username());
        audit.record(actor, "vote", TYPE, id.toString(), head.ownerParty(), actor.partyCode() + " voted");
    }

    private static void cast(Poll poll, Delegate by, BallotRequest r, PollHead head) {
        try {
            if (head.kind() == Poll.Kind.CONSENT_OBJECTION) {
                ConsentVote vote;
                try {
                    vote = ConsentVote.valueOf(r.vote().trim().toUpperCase());
                } catch (RuntimeException e) {
                    throw new InvalidInputException("vote", Message.of("negotiation.refused.vote"));
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
                case POLL_CLOSED -> new ConflictException(e.words());
                default -> new InvalidInputException("vote", e.words());
            };
        } catch (org.gsi.negotiation.internal.NotOwnFocalPointException e) {
            throw new ForbiddenException(e.getMessage(), "vote", TYPE, head.id().toString(), head.ownerParty());
        }
    }

    @Transactional
    public PollOutcome close(Actor actor, UUID id) {
        PollHead head = store.find(id, true)
                .filter(h -> h.visibility().admits(actor.partyCode(), h.ownerParty(), h.readers()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
        actor.require(Permission.EDIT_PARTY_RECORDS, head.ownerParty(), "close", TYPE, id.toString());
        Poll poll = store.rebuild(head);
        if (head.outcome() != null) {
            throw new ConflictException(Message.of("negotiation.refused.pollClosed", head.question()));
        }
        PollOutcome outcome = poll.close(Instant.now());
        store.markClosed(id, json.writeValueAsString(outcome));
        audit.record(
                actor,
                "close",
                TYPE,
                id.toString(),
                head.ownerParty(),
                "Closed: " + outcome.result()
                        + outcome.winner().map(w -> " (" + w + ")").orElse(""));
        return outcome;
    }
}
