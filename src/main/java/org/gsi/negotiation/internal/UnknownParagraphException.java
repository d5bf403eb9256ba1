package org.gsi.negotiation.internal;

/** The paragraph does not exist in this text. */
public final class UnknownParagraphException extends NegotiationException {

    UnknownParagraphException(String paragraph) {
        super("There is no paragraph " + paragraph + " in this text");
    }
}
