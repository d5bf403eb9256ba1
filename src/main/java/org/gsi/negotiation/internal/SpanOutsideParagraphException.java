package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** An amendment's span does not lie within the paragraph's text. */
public final class SpanOutsideParagraphException extends NegotiationException {

    SpanOutsideParagraphException(String paragraph, int start, int end, int length) {
        super(
                length < 0
                        ? Message.of("negotiation.refused.spanBackward", paragraph, start, end)
                        : Message.of("negotiation.refused.spanOutside", paragraph, start, end, length));
    }
}
