package org.gsi.negotiation.internal;

/** An amendment's span overlaps a different bracket in the paragraph. */
public final class OverlappingAmendmentException extends NegotiationException {

    OverlappingAmendmentException(String paragraph, int start, int end, int otherStart, int otherEnd) {
        super("Span " + start + ".." + end + " in " + paragraph + " overlaps the bracket at " + otherStart + ".."
                + otherEnd + "; propose an alternative to that same span instead");
    }
}
