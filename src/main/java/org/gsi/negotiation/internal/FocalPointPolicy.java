package org.gsi.negotiation.internal;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Sovereignty: a party speaks only through its own focal point; nobody speaks for another party. */
public final class FocalPointPolicy {

    private FocalPointPolicy() {}

    public static void requireOwnFocalPoint(Delegate actor, PartyCode party) {
        if (!actor.party().equals(party)) {
            throw new NotOwnFocalPointException(
                    Message.of("negotiation.refused.otherParty", String.valueOf(actor.party()), String.valueOf(party)));
        }
        if (!actor.focalPoint()) {
            throw new NotOwnFocalPointException(Message.of("negotiation.refused.focalPoint", String.valueOf(party)));
        }
    }
}
