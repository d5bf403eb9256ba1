package org.gsi.negotiation.internal;

/** A text is adoptable only when every paragraph is agreed. */
public final class TextNotAdoptableException extends NegotiationException {

    TextNotAdoptableException(String reason) {
        super(reason);
    }
}
