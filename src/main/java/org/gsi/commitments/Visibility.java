package org.gsi.commitments;

/** Who may read a pledge: everyone, the parties it concerns, or its owner only. */
public enum Visibility {
    PUBLIC,
    PARTICIPANTS,
    OWNER
}
