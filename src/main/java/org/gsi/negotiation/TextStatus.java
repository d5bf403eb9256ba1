package org.gsi.negotiation;

/** A text is drafted until adopted; an adopted text is final. */
public enum TextStatus {
    DRAFTING,
    ADOPTED
}
