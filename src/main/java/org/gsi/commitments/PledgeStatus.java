package org.gsi.commitments;

/** Status of a pledge on a given day, always computed from its deliveries (see StatusPolicy). */
public enum PledgeStatus {
    ON_TRACK,
    BEHIND,
    MET,
    LAPSED
}
