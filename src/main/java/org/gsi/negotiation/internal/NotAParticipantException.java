package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** Only participating parties may propose amendments or state positions. */
public final class NotAParticipantException extends NegotiationException {

    NotAParticipantException(Object party, String title) {
        super(Message.of("negotiation.refused.notParticipant", String.valueOf(party), title));
    }
}
