package org.gsi.negotiation.internal;

/** A paragraph number is used once. */
public final class DuplicateParagraphException extends NegotiationException {

    DuplicateParagraphException(String paragraph) {
        super("Paragraph " + paragraph + " already exists");
    }
}
