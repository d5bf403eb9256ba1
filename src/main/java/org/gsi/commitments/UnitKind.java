package org.gsi.commitments;

/** What a pledge counts. */
public enum UnitKind {
    TRAINING_PLACES,
    MONEY,
    ITEMS,
    EXPERTS,
    DAYS
}
