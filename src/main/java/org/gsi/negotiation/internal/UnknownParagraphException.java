package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** The paragraph does not exist in this text. */
public final class UnknownParagraphException extends NegotiationException {

    private final String paragraph;

    UnknownParagraphException(String paragraph) {
        super(Message.of("negotiation.refused.unknownParagraph", paragraph));
        this.paragraph = paragraph;
    }

    /** The number of the paragraph asked for. */
    String paragraph() {
        return paragraph;
    }
}
