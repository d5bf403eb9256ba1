package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** An amendment that does not say what it changes. */
public final class InvalidAmendmentException extends NegotiationException {

    InvalidAmendmentException(Message reason) {
        super(reason);
    }
}
