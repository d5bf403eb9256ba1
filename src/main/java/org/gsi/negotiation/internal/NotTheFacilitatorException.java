package org.gsi.negotiation.internal;

/** Only the facilitator may draft, clean brackets or adopt. */
public final class NotTheFacilitatorException extends NegotiationException {

    NotTheFacilitatorException(Object party, String action) {
        super("Only the facilitator may " + action + "; " + party + " is not the facilitator");
    }
}
