package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** A reservation or an objection must give its reason. */
public final class ReasonRequiredException extends NegotiationException {

    ReasonRequiredException(Object stance) {
        super(Message.of("negotiation.refused.reasonRequired", stance(stance)));
    }

    private static Message stance(Object stance) {
        return Message.of("negotiation.stance."
                + String.valueOf(stance).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
