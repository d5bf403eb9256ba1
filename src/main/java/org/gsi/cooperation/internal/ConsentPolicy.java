package org.gsi.cooperation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gsi.cooperation.ConsentNotAllowedException;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * Rules of consent: each participant has a set time to answer, is reminded some days before the deadline, may
 * answer only through its own focal point, and a project can only activate when every participant consented.
 */
public record ConsentPolicy(Duration answerPeriod, Duration reminderBefore) {

    public static final ConsentPolicy DEFAULT = new ConsentPolicy(Duration.ofDays(30), Duration.ofDays(5));

    public ConsentPolicy {
        if (answerPeriod.isNegative() || answerPeriod.isZero()) {
            throw new InvalidFieldException("answerPeriod", Message.of("cooperation.refused.positive"));
        }
        if (reminderBefore.isNegative() || reminderBefore.compareTo(answerPeriod) >= 0) {
            throw new InvalidFieldException("reminderBefore", Message.of("cooperation.refused.reminderBefore"));
        }
    }

    public Instant deadlineFor(Instant requestedAt) {
        return requestedAt.plus(answerPeriod);
    }

    public Instant reminderDueAt(Consent consent) {
        return consent.deadline().minus(reminderBefore);
    }

    /** A pending request is due a reminder from the reminder time until the deadline. */
    public boolean reminderDue(Consent consent, Instant now) {
        return consent.isPending() && !now.isBefore(reminderDueAt(consent)) && now.isBefore(consent.deadline());
    }

    public boolean overdue(Consent consent, Instant now) {
        return consent.isPending() && !now.isBefore(consent.deadline());
    }

    /** Refuses anyone but the focal point of the party itself, the secretariat included. */
    public void requireMayAnswer(ConsentActor actor, PartyCode party) {
        if (!actor.actingParty().equals(party)) {
            throw new ConsentNotAllowedException("only a focal point of " + party + " can answer for " + party + "; "
                    + actor.actingParty() + " cannot answer on its behalf");
        }
        if (!actor.focalPoint()) {
            throw new ConsentNotAllowedException("only a focal point of " + party + " can answer for it");
        }
    }

    /** Why the given consents do not yet allow activation; empty when every participant consented. */
    public List<Message> blockers(Collection<Consent> consents) {
        return consents.stream().map(this::blocker).flatMap(Optional::stream).toList();
    }

    private Optional<Message> blocker(Consent consent) {
        String party = consent.party().value();
        return switch (consent.state()) {
            case GIVEN -> Optional.empty();
            case REQUESTED -> Optional.of(Message.of("cooperation.blocker.requested", party));
            case DECLINED -> Optional.of(withReason("cooperation.blocker.declined", party, consent));
            case WITHDRAWN -> Optional.of(withReason("cooperation.blocker.withdrawn", party, consent));
        };
    }

    private static Message withReason(String key, String party, Consent consent) {
        return consent.reason()
                .filter(r -> !r.isBlank())
                .map(r -> Message.of(key + "Because", party, r))
                .orElse(Message.of(key, party));
    }
}
