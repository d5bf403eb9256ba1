package org.gsi.negotiation.internal;

/** Brackets are cleaned only in a paragraph agreed ad referendum. */
public final class ParagraphNotAgreedException extends NegotiationException {

    ParagraphNotAgreedException(String paragraph) {
        super(paragraph + " is not agreed ad referendum under the text's decision rule");
    }
}
