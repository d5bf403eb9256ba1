package org.gsi.negotiation;

/** How a poll ended. */
public enum PollResult {
    /** Consent/objection poll with quorum and no objection. */
    CONSENTED,
    /** Consent/objection poll in which at least one member objected. */
    OBJECTED,
    /** Ranked-choice poll in which one choice won a majority of the continuing ballots. */
    ELECTED,
    /** Ranked-choice poll whose last choices remained tied. */
    TIED,
    /** Fewer members voted than the quorum requires. */
    NO_QUORUM
}
