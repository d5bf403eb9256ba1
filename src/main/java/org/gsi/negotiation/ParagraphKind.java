package org.gsi.negotiation;

/** Preambular paragraphs (PP) come before operative paragraphs (OP). */
public enum ParagraphKind {
    PREAMBULAR("PP"),
    OPERATIVE("OP");

    private final String prefix;

    ParagraphKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
