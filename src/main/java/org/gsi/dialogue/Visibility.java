package org.gsi.dialogue;

/** Who may read a record: everyone, the parties taking part, or its owner only. */
public enum Visibility {
    PUBLIC,
    PARTICIPANTS,
    OWNER
}
