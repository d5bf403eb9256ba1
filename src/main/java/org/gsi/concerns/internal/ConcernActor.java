package org.gsi.concerns.internal;

/** The user answering for a concern: the party they act for and whether they are its focal point. */
public record ConcernActor(String actingParty, boolean focalPoint) {

    public static ConcernActor focalPointOf(String party) {
        return new ConcernActor(party, true);
    }
}
