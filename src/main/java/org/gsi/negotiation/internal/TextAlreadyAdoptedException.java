package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** An adopted text is final. */
public final class TextAlreadyAdoptedException extends NegotiationException {

    TextAlreadyAdoptedException(String title) {
        super(Message.of("negotiation.refused.adopted", title));
    }
}
