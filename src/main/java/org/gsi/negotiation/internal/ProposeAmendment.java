package org.gsi.negotiation.internal;

import java.util.Objects;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;

/**
 * A proposed change to a paragraph read at {@code expectedRevision}; for {@code ADD_PARAGRAPH}
 * the paragraph is the new one and the span is unused.
 */
record ProposeAmendment(
        Delegate actor,
        ParagraphNumber paragraph,
        long expectedRevision,
        AmendmentKind kind,
        Span span,
        String text,
        OptionId newOption) {

    ProposeAmendment {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
        Objects.requireNonNull(newOption, "id for a new option");
    }

    ProposeAmendment(
            Delegate actor,
            ParagraphNumber paragraph,
            long expectedRevision,
            AmendmentKind kind,
            Span span,
            String text) {
        this(actor, paragraph, expectedRevision, kind, span, text, OptionId.random());
    }

    static ProposeAmendment insert(Delegate actor, ParagraphNumber paragraph, long revision, int offset, String text) {
        return new ProposeAmendment(
                actor, paragraph, revision, AmendmentKind.INSERT, span(paragraph, offset, offset), text);
    }

    static ProposeAmendment delete(Delegate actor, ParagraphNumber paragraph, long revision, int start, int end) {
        return new ProposeAmendment(actor, paragraph, revision, AmendmentKind.DELETE, span(paragraph, start, end), "");
    }

    static ProposeAmendment replace(
            Delegate actor, ParagraphNumber paragraph, long revision, int start, int end, String text) {
        return new ProposeAmendment(
                actor, paragraph, revision, AmendmentKind.REPLACE, span(paragraph, start, end), text);
    }

    static ProposeAmendment addParagraph(Delegate actor, ParagraphNumber paragraph, String text) {
        return new ProposeAmendment(actor, paragraph, 0, AmendmentKind.ADD_PARAGRAPH, Span.at(0), text);
    }

    private static Span span(ParagraphNumber paragraph, int start, int end) {
        if (start < 0 || end < start) {
            throw new SpanOutsideParagraphException(paragraph.label(), start, end, -1);
        }
        return new Span(start, end);
    }
}
