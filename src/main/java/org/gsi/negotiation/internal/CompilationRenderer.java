package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.Bracket;
import org.gsi.negotiation.RenderedText.Mode;
import org.gsi.negotiation.RenderedText.Plain;
import org.gsi.negotiation.RenderedText.RenderedOption;
import org.gsi.negotiation.RenderedText.RenderedParagraph;
import org.gsi.negotiation.RenderedText.Reservation;
import org.gsi.negotiation.RenderedText.Segment;
import org.gsi.negotiation.Stance;

/**
 * Lays a negotiated text out as a {@link RenderedText}: the compilation shows every bracket with
 * its options and proposers; the clean text shows agreed paragraphs with their selected options
 * applied, other paragraphs as they stand, and leaves out proposed paragraphs not yet agreed.
 */
final class CompilationRenderer {

    private CompilationRenderer() {}

    static RenderedText render(NegotiatedText text, Mode mode) {
        List<RenderedParagraph> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            ParagraphStatus status = text.policy().evaluate(paragraph);
            if (mode == Mode.COMPILATION) {
                paragraphs.add(rendered(paragraph, status.agreed(), compilationSegments(paragraph)));
            } else if (status.agreed() || paragraph.addition().isEmpty()) {
                String clean = cleanText(text, paragraph, status);
                paragraphs.add(rendered(paragraph, status.agreed(), List.of(new Plain(clean))));
            }
        }
        return new RenderedText(text.title(), mode, text.adoption().isPresent(), paragraphs, reservations(text));
    }

    static TextVersion snapshot(NegotiatedText text, int number, String label, Instant at) {
        List<TextVersion.ParagraphSnapshot> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            ParagraphStatus status = text.policy().evaluate(paragraph);
            paragraphs.add(new TextVersion.ParagraphSnapshot(
                    paragraph.number(), compilationOf(paragraph), cleanText(text, paragraph, status)));
        }
        return new TextVersion(number, label == null ? "" : label.strip(), at, text.version(), paragraphs);
    }

    static String compilationOf(Paragraph paragraph) {
        return PlainTextFormat.segments(compilationSegments(paragraph));
    }

    private static String cleanText(NegotiatedText text, Paragraph paragraph, ParagraphStatus status) {
        if (!status.agreed()) {
            return paragraph.text();
        }
        return paragraph.textWith(text.policy().chosenOptions(paragraph));
    }

    private static RenderedParagraph rendered(Paragraph paragraph, boolean agreed, List<Segment> segments) {
        return new RenderedParagraph(paragraph.number(), paragraph.number().isSubParagraph() ? 1 : 0, agreed, segments);
    }

    static List<Segment> compilationSegments(Paragraph paragraph) {
        List<Segment> segments = new ArrayList<>();
        String text = paragraph.text();
        int at = 0;
        for (OptionGroup group : paragraph.groups()) {
            Span span = group.span();
            if (span.start() > at) {
                segments.add(new Plain(text.substring(at, span.start())));
            }
            segments.add(bracket(paragraph.original(span), group.options()));
            at = span.end();
        }
        if (at < text.length()) {
            segments.add(new Plain(text.substring(at)));
        }
        Optional<AmendmentOption> addition = paragraph.addition();
        if (addition.isPresent()) {
            AmendmentOption whole = addition.get();
            String inner = PlainTextFormat.segments(segments);
            return List.of(new Bracket(
                    "",
                    List.of(new RenderedOption(
                            1, AmendmentKind.ADD_PARAGRAPH, inner, List.copyOf(whole.proposers())))));
        }
        return segments;
    }

    private static Bracket bracket(String original, List<AmendmentOption> options) {
        List<RenderedOption> rendered = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            AmendmentOption option = options.get(i);
            rendered.add(new RenderedOption(i + 1, option.kind(), option.text(), List.copyOf(option.proposers())));
        }
        return new Bracket(original, rendered);
    }

    private static List<Reservation> reservations(NegotiatedText text) {
        if (text.adoption().isPresent()) {
            return text.adoption().get().reservations().stream()
                    .map(r -> new Reservation(
                            r.position().party(), r.paragraph(), r.position().reasonText()))
                    .toList();
        }
        List<Reservation> reservations = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            paragraph.positions().values().stream()
                    .filter(p -> p.stance() == Stance.RESERVATION)
                    .sorted((a, b) -> a.party().compareTo(b.party()))
                    .forEach(p -> reservations.add(new Reservation(p.party(), paragraph.number(), p.reasonText())));
        }
        return reservations;
    }
}
