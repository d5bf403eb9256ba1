package org.gsi.negotiation.internal;

/** A command on a negotiated text or poll that the rules do not allow; nothing was changed. */
public abstract class NegotiationException extends RuntimeException {

    protected NegotiationException(String message) {
        super(message);
    }
}
