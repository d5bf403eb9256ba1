package org.gsi.negotiation.internal;

import org.gsi.registry.PartyCode;

/** Sovereignty: a party speaks only through its own focal point; nobody speaks for another party. */
public final class FocalPointPolicy {

    private FocalPointPolicy() {}

    public static void requireOwnFocalPoint(Delegate actor, PartyCode party) {
        if (!actor.party().equals(party)) {
            throw new NotOwnFocalPointException(actor.party() + " cannot state a position or vote for " + party
                    + "; only " + party + "'s focal point can");
        }
        if (!actor.focalPoint()) {
            throw new NotOwnFocalPointException("Only the focal point of " + party + " can state its position or vote");
        }
    }
}
