package org.gsi.dialogue.internal;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Sovereignty: a party consents, approves and reports only through its own focal point. */
final class FocalPointPolicy {

    private FocalPointPolicy() {}

    static void requireOwnFocalPoint(Delegate actor, PartyCode party) {
        if (!actor.party().equals(party)) {
            throw new NotOwnFocalPointException(
                    Message.of("dialogue.refused.otherParty", String.valueOf(actor.party()), String.valueOf(party)));
        }
        if (!actor.focalPoint()) {
            throw new NotOwnFocalPointException(Message.of("dialogue.refused.focalPoint", String.valueOf(party)));
        }
    }
}
