package org.gsi.negotiation.internal;

import org.gsi.platform.Message;
import org.gsi.platform.Refusal;

/** A command on a negotiated text or poll that the rules do not allow; nothing was changed. */
public abstract class NegotiationException extends Refusal {

    protected NegotiationException(Message reason) {
        super(reason);
    }
}
