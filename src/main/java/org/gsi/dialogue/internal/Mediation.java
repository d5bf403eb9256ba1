package org.gsi.dialogue.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.dialogue.Mediator;
import org.gsi.dialogue.MediatorRole;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A proposal of a mediator and, once every party concerned accepted, the mediation itself. Any
 * party may decline with a reason; after appointment, withdrawal of consent ends the role.
 */
final class Mediation {

    enum Status {
        PROPOSED,
        APPOINTED,
        DECLINED,
        ENDED
    }

    record Response(PartyCode party, boolean accepted, String reason, Instant at) {}

    private final Mediator mediator;
    private final MediatorRole role;
    private final PartyCode proposedBy;
    private final Instant proposedAt;
    private final Set<PartyCode> asked;
    private final Map<PartyCode, Response> responses = new LinkedHashMap<>();
    private Status status = Status.PROPOSED;
    private Instant appointedAt;
    private Response ending;

    Mediation(Mediator mediator, MediatorRole role, PartyCode proposedBy, Instant proposedAt, Set<PartyCode> asked) {
        this.mediator = mediator;
        this.role = role;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.asked = Set.copyOf(asked);
    }

    /** Records the acceptance; answers whether the mediator is now appointed. */
    boolean accept(PartyCode party, Instant at) {
        requireAwaitingAnswerFrom(party);
        responses.put(party, new Response(party, true, "", at));
        if (responses.keySet().containsAll(asked)) {
            status = Status.APPOINTED;
            appointedAt = at;
            return true;
        }
        return false;
    }

    void decline(PartyCode party, String reason, Instant at) {
        requireAwaitingAnswerFrom(party);
        responses.put(party, new Response(party, false, reason, at));
        status = Status.DECLINED;
    }

    void end(PartyCode by, String reason, Instant at) {
        if (status != Status.APPOINTED) {
            throw new MediationStateException(Message.of("dialogue.refused.endMediation", status(status)));
        }
        ending = new Response(by, false, reason, at);
        status = Status.ENDED;
    }

    private void requireAwaitingAnswerFrom(PartyCode party) {
        if (status != Status.PROPOSED) {
            throw new MediationStateException(
                    Message.of("dialogue.refused.proposalClosed", mediator.describe(), status(status)));
        }
        if (responses.containsKey(party)) {
            throw new MediationStateException(
                    Message.of("dialogue.refused.answered", String.valueOf(party), mediator.describe()));
        }
    }

    boolean isLive() {
        return status == Status.PROPOSED || status == Status.APPOINTED;
    }

    Mediator mediator() {
        return mediator;
    }

    MediatorRole role() {
        return role;
    }

    PartyCode proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Status status() {
        return status;
    }

    Map<PartyCode, Response> responses() {
        return Collections.unmodifiableMap(responses);
    }

    Optional<Instant> appointedAt() {
        return Optional.ofNullable(appointedAt);
    }

    /** Who ended an appointed mediation, why and when. */
    Optional<Response> ending() {
        return Optional.ofNullable(ending);
    }

    /** The status as a word of the bundles. */
    private static Message status(Status status) {
        return Message.of("dialogue.mediation." + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
