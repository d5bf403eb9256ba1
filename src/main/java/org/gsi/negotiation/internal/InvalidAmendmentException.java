package org.gsi.negotiation.internal;

/** An amendment that does not say what it changes. */
public final class InvalidAmendmentException extends NegotiationException {

    InvalidAmendmentException(String reason) {
        super(reason);
    }
}
