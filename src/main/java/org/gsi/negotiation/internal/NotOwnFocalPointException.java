package org.gsi.negotiation.internal;

/** A party's position is stated only by that party's own focal point. */
public final class NotOwnFocalPointException extends NegotiationException {

    NotOwnFocalPointException(String reason) {
        super(reason);
    }
}
