package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** A paragraph number is used once. */
public final class DuplicateParagraphException extends NegotiationException {

    DuplicateParagraphException(String paragraph) {
        super(Message.of("negotiation.refused.duplicateParagraph", paragraph));
    }
}
