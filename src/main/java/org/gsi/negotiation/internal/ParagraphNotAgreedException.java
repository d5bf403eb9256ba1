package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** Brackets are cleaned only in a paragraph agreed ad referendum. */
public final class ParagraphNotAgreedException extends NegotiationException {

    ParagraphNotAgreedException(String paragraph) {
        super(Message.of("negotiation.refused.notAgreed", paragraph));
    }
}
