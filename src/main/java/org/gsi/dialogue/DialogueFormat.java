package org.gsi.dialogue;

/** How the parties concerned talk a difference through. */
public enum DialogueFormat {
    BILATERAL_CONSULTATION,
    MULTILATERAL_CONSULTATION,
    GOOD_OFFICES,
    MEDIATION,
    FACILITATED_TALKS
}
