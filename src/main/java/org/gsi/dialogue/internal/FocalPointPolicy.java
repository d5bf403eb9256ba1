package org.gsi.dialogue.internal;

import org.gsi.registry.PartyCode;

/** Sovereignty: a party consents, approves and reports only through its own focal point. */
final class FocalPointPolicy {

    private FocalPointPolicy() {}

    static void requireOwnFocalPoint(Delegate actor, PartyCode party) {
        if (!actor.party().equals(party)) {
            throw new NotOwnFocalPointException(actor.party() + " cannot act for " + party);
        }
        if (!actor.focalPoint()) {
            throw new NotOwnFocalPointException("Only the focal point of " + party + " can do this for it");
        }
    }
}
