package org.gsi.negotiation.internal;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Who negotiates a text (the participating parties) and who guides it (the facilitator). */
record Roles(Set<PartyCode> participants, PartyCode facilitator) {

    Roles {
        Objects.requireNonNull(facilitator, "facilitator");
        if (participants.isEmpty()) {
            throw new InvalidAmendmentException(Message.of("negotiation.refused.participants"));
        }
        participants = Collections.unmodifiableSet(new TreeSet<>(participants));
    }

    void requireFacilitator(Delegate actor, Message action) {
        if (!actor.party().equals(facilitator)) {
            throw new NotTheFacilitatorException(actor.party(), action);
        }
    }

    void requireParticipant(PartyCode party, String title) {
        if (!participants.contains(party)) {
            throw new NotAParticipantException(party, title);
        }
    }
}
