package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** An amendment's span overlaps a different bracket in the paragraph. */
public final class OverlappingAmendmentException extends NegotiationException {

    OverlappingAmendmentException(String paragraph, int start, int end, int otherStart, int otherEnd) {
        super(Message.of("negotiation.refused.overlap", paragraph, start, end, otherStart, otherEnd));
    }
}
