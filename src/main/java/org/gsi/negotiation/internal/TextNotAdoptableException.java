package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** A text is adoptable only when every paragraph is agreed. */
public final class TextNotAdoptableException extends NegotiationException {

    TextNotAdoptableException(Message reason) {
        super(reason);
    }
}
