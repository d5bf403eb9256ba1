package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** A party's position is stated only by that party's own focal point. */
public final class NotOwnFocalPointException extends NegotiationException {

    NotOwnFocalPointException(Message reason) {
        super(reason);
    }
}
