package org.gsi.cooperation.internal;

import java.time.Instant;
import java.util.Optional;
import org.gsi.registry.PartyCode;

/**
 * A party's answer to a project: when it was asked, by when it should answer, and its latest answer with the
 * time and, for a refusal or a withdrawal, the reason.
 */
public record Consent(
        PartyCode party,
        ConsentState state,
        Instant requestedAt,
        Instant deadline,
        Optional<Instant> answeredAt,
        Optional<String> reason) {

    static Consent requested(PartyCode party, Instant at, Instant deadline) {
        return new Consent(party, ConsentState.REQUESTED, at, deadline, Optional.empty(), Optional.empty());
    }

    Consent answered(ConsentState newState, Instant at, Optional<String> why) {
        return new Consent(party, newState, requestedAt, deadline, Optional.of(at), why);
    }

    public boolean isGiven() {
        return state == ConsentState.GIVEN;
    }

    public boolean isPending() {
        return state == ConsentState.REQUESTED;
    }
}
