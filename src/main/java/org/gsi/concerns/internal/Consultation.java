package org.gsi.concerns.internal;

import java.time.Instant;
import java.util.Optional;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernNotAllowedException;
import org.gsi.concerns.ConcernRefusedException;
import org.gsi.concerns.InvalidConcernException;
import org.gsi.concerns.ProposalRef;
import org.gsi.platform.Message;

/**
 * The consultation of one concerned party on one proposal. It opens when the concern is raised and keeps how the
 * concern was handled: addressed (with a note), objected to (with a reason), or lapsed without objection.
 */
public class Consultation {

    private final ConcernId concernId;
    private final ProposalRef proposal;
    private final String ownerParty;
    private final String explanation;
    private final Message words;
    private final Instant openedAt;
    private final Instant closesAt;
    private ConsultationState state = ConsultationState.OPEN;
    private Optional<String> answer = Optional.empty();
    private Optional<Instant> answeredAt = Optional.empty();

    private Consultation(ConcernMatch match, ProposalRef proposal, Instant openedAt, Instant closesAt) {
        this.concernId = match.concern().id();
        this.ownerParty = match.concern().ownerParty();
        this.explanation = match.explanation();
        this.words = match.words();
        this.proposal = proposal;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
    }

    static Consultation open(ConcernMatch match, ProposalRef proposal, Instant at, Instant closesAt) {
        return new Consultation(match, proposal, at, closesAt);
    }

    /** Rebuilds a stored consultation as it was saved. */
    public static Consultation restore(
            ConcernMatch match,
            ProposalRef proposal,
            Instant openedAt,
            Instant closesAt,
            ConsultationState state,
            Optional<String> answer,
            Optional<Instant> answeredAt) {
        Consultation consultation = new Consultation(match, proposal, openedAt, closesAt);
        consultation.state = state == ConsultationState.LAPSED ? ConsultationState.OPEN : state;
        consultation.answer = answer;
        consultation.answeredAt = answeredAt;
        return consultation;
    }

    public ConsultationState storedState() {
        return state;
    }

    /** The concerned party is satisfied; also lifts an earlier objection. */
    public void markAddressed(ConcernActor actor, String note, Instant at) {
        requireOwner(actor);
        if (state == ConsultationState.ADDRESSED) {
            throw new ConcernRefusedException(Message.of("concerns.refused.addressed", ownerParty));
        }
        record(ConsultationState.ADDRESSED, requireText("note", note), at);
    }

    /** The concerned party objects, while the window is open. */
    public void object(ConcernActor actor, String reason, Instant at) {
        requireOwner(actor);
        if (stateAt(at) != ConsultationState.OPEN) {
            throw new ConcernRefusedException(Message.of(
                    "concerns.refused.notOpen",
                    ownerParty,
                    Message.of("concerns.state." + stateAt(at).name().toLowerCase(java.util.Locale.ROOT)),
                    closesAt));
        }
        record(ConsultationState.OBJECTED, requireText("reason", reason), at);
    }

    /** The state at a moment: an open consultation lapses when its window closes. */
    public ConsultationState stateAt(Instant now) {
        if (state == ConsultationState.OPEN && !now.isBefore(closesAt)) {
            return ConsultationState.LAPSED;
        }
        return state;
    }

    private void record(ConsultationState newState, String text, Instant at) {
        state = newState;
        answer = Optional.of(text);
        answeredAt = Optional.of(at);
    }

    private void requireOwner(ConcernActor actor) {
        if (!actor.actingParty().equals(ownerParty) || !actor.focalPoint()) {
            throw new ConcernNotAllowedException("only a focal point of " + ownerParty + " can answer for its concern");
        }
    }

    private static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidConcernException(field, Message.of("concerns.refused.textRequired"));
        }
        return text.strip();
    }

    public ConcernId concernId() {
        return concernId;
    }

    public ProposalRef proposal() {
        return proposal;
    }

    public String ownerParty() {
        return ownerParty;
    }

    public String explanation() {
        return explanation;
    }

    /** What matched, in the reader's language. */
    public Message words() {
        return words;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Optional<String> answer() {
        return answer;
    }

    public Optional<Instant> answeredAt() {
        return answeredAt;
    }
}
