package org.gsi.negotiation.internal;

/** A reservation or an objection must give its reason. */
public final class ReasonRequiredException extends NegotiationException {

    ReasonRequiredException(Object stance) {
        super("A position of " + stance + " must give its reason");
    }
}
