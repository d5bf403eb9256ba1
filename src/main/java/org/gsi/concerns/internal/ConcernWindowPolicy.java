package org.gsi.concerns.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gsi.concerns.ActivationDecision;
import org.gsi.concerns.InvalidConcernException;
import org.gsi.concerns.ProposalRef;
import org.gsi.platform.Message;

/**
 * The consultation window on a raised concern (14 days unless configured otherwise), and whether the concerns
 * raised on a proposal let it activate: not while one is open or objected to; yes once each is addressed or its
 * window closed without objection. This holds for the concerns of non-participants as much as participants.
 */
public record ConcernWindowPolicy(Duration window) {

    public static final ConcernWindowPolicy DEFAULT = new ConcernWindowPolicy(Duration.ofDays(14));

    public ConcernWindowPolicy {
        if (window.isNegative() || window.isZero()) {
            throw new InvalidConcernException("window", Message.of("concerns.refused.window"));
        }
    }

    public List<Consultation> open(Collection<ConcernMatch> matches, ProposalRef proposal, Instant at) {
        return matches.stream()
                .map(match -> Consultation.open(match, proposal, at, at.plus(window)))
                .toList();
    }

    public ActivationDecision decide(Collection<Consultation> consultations, Instant now) {
        return decide(consultations, now, c -> true);
    }

    /**
     * The same decision, its reasons worded for a reader: a concern the reader may not read is named only as "a
     * registered security concern", without its party, what matched or its answer.
     */
    public ActivationDecision decide(
            Collection<Consultation> consultations, Instant now, Predicate<Consultation> readable) {
        return new ActivationDecision(consultations.stream()
                .map(c -> readable.test(c) ? blocker(c, now) : unnamedBlocker(c, now))
                .flatMap(Optional::stream)
                .toList());
    }

    private static Optional<Message> unnamedBlocker(Consultation c, Instant now) {
        return switch (c.stateAt(now)) {
            case OPEN -> Optional.of(Message.of("concerns.blocker.unnamedOpen", c.closesAt()));
            case OBJECTED -> Optional.of(Message.of("concerns.blocker.unnamedObjected"));
            case ADDRESSED, LAPSED -> Optional.empty();
        };
    }

    private static Optional<Message> blocker(Consultation c, Instant now) {
        return switch (c.stateAt(now)) {
            case OPEN -> Optional.of(Message.of("concerns.blocker.open", c.ownerParty(), c.words(), c.closesAt()));
            case OBJECTED ->
                Optional.of(Message.of(
                        "concerns.blocker.objected", c.ownerParty(), c.answer().orElse("")));
            case ADDRESSED, LAPSED -> Optional.empty();
        };
    }
}
