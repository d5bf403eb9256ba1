package org.gsi.negotiation;

/** What a proposed amendment does to a paragraph. */
public enum AmendmentKind {
    INSERT,
    DELETE,
    REPLACE,
    ADD_PARAGRAPH
}
