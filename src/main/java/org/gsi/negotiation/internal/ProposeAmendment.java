package org.gsi.negotiation.internal;

import java.util.Objects;
import org.gsi.negotiation.Actor;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.ParagraphNumber;

/**
 * A proposed change to a paragraph read at {@code expectedRevision}; for {@code ADD_PARAGRAPH}
 * the paragraph is the new one and the span is unused.
 */
record ProposeAmendment(
        Actor actor, ParagraphNumber paragraph, long expectedRevision, AmendmentKind kind, Span span, String text) {

    ProposeAmendment {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
    }

    static ProposeAmendment insert(Actor actor, ParagraphNumber paragraph, long revision, int offset, String text) {
        return new ProposeAmendment(
                actor, paragraph, revision, AmendmentKind.INSERT, span(paragraph, offset, offset), text);
    }

    static ProposeAmendment delete(Actor actor, ParagraphNumber paragraph, long revision, int start, int end) {
        return new ProposeAmendment(actor, paragraph, revision, AmendmentKind.DELETE, span(paragraph, start, end), "");
    }

    static ProposeAmendment replace(
            Actor actor, ParagraphNumber paragraph, long revision, int start, int end, String text) {
        return new ProposeAmendment(
                actor, paragraph, revision, AmendmentKind.REPLACE, span(paragraph, start, end), text);
    }

    static ProposeAmendment addParagraph(Actor actor, ParagraphNumber paragraph, String text) {
        return new ProposeAmendment(actor, paragraph, 0, AmendmentKind.ADD_PARAGRAPH, Span.at(0), text);
    }

    private static Span span(ParagraphNumber paragraph, int start, int end) {
        if (start < 0 || end < start) {
            throw new SpanOutsideParagraphException(paragraph.label(), start, end, -1);
        }
        return new Span(start, end);
    }
}
