package org.gsi.cooperation.internal;

import org.gsi.registry.PartyCode;

/** The user answering a consent request: the party they act for and whether they are its focal point. */
public record ConsentActor(PartyCode actingParty, boolean focalPoint) {

    public static ConsentActor focalPointOf(String party) {
        return new ConsentActor(PartyCode.of(party), true);
    }
}
