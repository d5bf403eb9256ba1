package org.gsi.negotiation.internal.poll;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gsi.negotiation.PollId;
import org.gsi.negotiation.PollResult;
import org.gsi.negotiation.internal.Delegate;
import org.gsi.negotiation.internal.FocalPointPolicy;
import org.gsi.negotiation.internal.poll.PollException.Reason;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A poll among the member parties of a mechanism, for decisions outside negotiated texts: either
 * consent/objection or ranked choice. Each member party has one vote, cast by its focal point and
 * replaceable while the poll is open; results may stay hidden until the poll closes.
 */
public final class Poll {

    public enum Kind {
        CONSENT_OBJECTION,
        RANKED_CHOICE
    }

    private final PollId id;
    private final String question;
    private final Kind kind;
    private final List<String> choices;
    private final Set<PartyCode> members;
    private final Quorum quorum;
    private final boolean resultsHiddenUntilClose;
    private final Map<PartyCode, List<String>> rankings = new TreeMap<>();
    private final Map<PartyCode, ConsentVote> consents = new TreeMap<>();
    private final Map<PartyCode, String> objections = new TreeMap<>();
    private PollOutcome outcome;

    private Poll(
            PollId id,
            String question,
            Kind kind,
            List<String> choices,
            Set<PartyCode> members,
            Quorum quorum,
            boolean hidden) {
        if (question == null || question.isBlank() || members.isEmpty()) {
            throw new PollException(Reason.INVALID_POLL, Message.of("negotiation.refused.pollQuestion"));
        }
        this.id = Objects.requireNonNull(id, "poll id");
        this.question = question.strip();
        this.kind = kind;
        this.choices = List.copyOf(choices);
        this.members = Set.copyOf(new TreeSet<>(members));
        this.quorum = Objects.requireNonNull(quorum, "quorum");
        this.resultsHiddenUntilClose = hidden;
    }

    public static Poll consentObjection(
            PollId id, String question, Set<PartyCode> members, Quorum quorum, boolean hidden) {
        return new Poll(id, question, Kind.CONSENT_OBJECTION, List.of(), members, quorum, hidden);
    }

    public static Poll rankedChoice(
            PollId id, String question, List<String> choices, Set<PartyCode> members, Quorum quorum, boolean hidden) {
        if (choices.size() < 2 || new HashSet<>(choices).size() != choices.size()) {
            throw new PollException(Reason.INVALID_POLL, Message.of("negotiation.refused.pollChoices"));
        }
        return new Poll(id, question, Kind.RANKED_CHOICE, choices, members, quorum, hidden);
    }

    public void castConsent(Delegate actor, PartyCode party, ConsentVote vote, String reason) {
        requireVoter(actor, party, Kind.CONSENT_OBJECTION);
        boolean objecting = vote == ConsentVote.OBJECT;
        if (objecting && (reason == null || reason.isBlank())) {
            throw new PollException(Reason.INVALID_BALLOT, Message.of("negotiation.refused.objectionReason"));
        }
        consents.put(party, vote);
        objections.remove(party);
        if (objecting) {
            objections.put(party, reason.strip());
        }
    }

    /** Ranks some or all choices, most preferred first. */
    public void castRanking(Delegate actor, PartyCode party, List<String> ranking) {
        requireVoter(actor, party, Kind.RANKED_CHOICE);
        if (ranking.isEmpty() || new HashSet<>(ranking).size() != ranking.size() || !choices.containsAll(ranking)) {
            throw new PollException(Reason.INVALID_BALLOT, Message.of("negotiation.refused.ranking"));
        }
        rankings.put(party, List.copyOf(ranking));
    }

    private void requireVoter(Delegate actor, PartyCode party, Kind expected) {
        if (outcome != null) {
            throw new PollException(Reason.POLL_CLOSED, Message.of("negotiation.refused.pollClosed", question));
        }
        FocalPointPolicy.requireOwnFocalPoint(actor, party);
        if (!members.contains(party)) {
            throw new PollException(
                    Reason.NOT_A_MEMBER, Message.of("negotiation.refused.notMember", String.valueOf(party)));
        }
        if (kind != expected) {
            throw new PollException(
                    Reason.INVALID_BALLOT,
                    Message.of(
                            "negotiation.refused.ballotKind",
                            Message.of("negotiation.poll.kind." + kind.name().toLowerCase(java.util.Locale.ROOT))));
        }
    }

    /** The running count: first preferences, or consents/objections/abstentions. */
    public Map<String, Integer> currentCount() {
        if (resultsHiddenUntilClose && outcome == null) {
            throw new PollException(Reason.RESULTS_HIDDEN, Message.of("negotiation.refused.resultsHidden"));
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        if (kind == Kind.CONSENT_OBJECTION) {
            for (ConsentVote vote : ConsentVote.values()) {
                count.put(vote.name(), (int)
                        consents.values().stream().filter(vote::equals).count());
            }
        } else {
            choices.forEach(choice -> count.put(choice, 0));
            rankings.values().forEach(r -> count.merge(r.get(0), 1, Integer::sum));
        }
        return count;
    }

    public PollOutcome close(Instant at) {
        if (outcome != null) {
            throw new PollException(Reason.POLL_CLOSED, Message.of("negotiation.refused.pollClosed", question));
        }
        int votes = kind == Kind.CONSENT_OBJECTION ? consents.size() : rankings.size();
        int needed = quorum.votesNeeded(members.size());
        List<String> reasons = objections.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        if (votes < needed) {
            outcome = new PollOutcome(PollResult.NO_QUORUM, Optional.empty(), votes, needed, reasons, List.of(), at);
        } else if (kind == Kind.CONSENT_OBJECTION) {
            PollResult result = objections.isEmpty() ? PollResult.CONSENTED : PollResult.OBJECTED;
            outcome = new PollOutcome(result, Optional.empty(), votes, needed, reasons, List.of(), at);
        } else {
            InstantRunoff.Count count = InstantRunoff.count(choices, rankings.values());
            PollResult result = count.winner().isPresent() ? PollResult.ELECTED : PollResult.TIED;
            outcome = new PollOutcome(result, count.winner(), votes, needed, reasons, count.rounds(), at);
        }
        return outcome;
    }

    public Optional<PollOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public PollId id() {
        return id;
    }

    public String question() {
        return question;
    }

    public Kind kind() {
        return kind;
    }

    public Set<PartyCode> members() {
        return members;
    }
}
