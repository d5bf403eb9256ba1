package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** Only the facilitator may draft, clean brackets or adopt. */
public final class NotTheFacilitatorException extends NegotiationException {

    NotTheFacilitatorException(Object party, Message action) {
        super(Message.of("negotiation.refused.notFacilitator", action, String.valueOf(party)));
    }
}
