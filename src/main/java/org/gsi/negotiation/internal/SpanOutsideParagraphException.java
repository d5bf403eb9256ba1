package org.gsi.negotiation.internal;

/** An amendment's span does not lie within the paragraph's text. */
public final class SpanOutsideParagraphException extends NegotiationException {

    SpanOutsideParagraphException(String paragraph, int start, int end, int length) {
        super(
                length < 0
                        ? "Span " + start + ".." + end + " in " + paragraph + " does not run forward from 0"
                        : "Span " + start + ".." + end + " lies outside " + paragraph + ", whose text has " + length
                                + " characters");
    }
}
