package org.gsi.negotiation;

import java.util.List;
import org.gsi.registry.PartyCode;

/**
 * A negotiated text laid out for reading or export: the compilation (with brackets and proposers)
 * or the clean text. Exporters (DOCX, PDF, Akoma Ntoso) consume this model only.
 */
public record RenderedText(
        String title, Mode mode, boolean adopted, List<RenderedParagraph> paragraphs, List<Reservation> reservations) {

    public RenderedText {
        paragraphs = List.copyOf(paragraphs);
        reservations = List.copyOf(reservations);
    }

    public enum Mode {
        COMPILATION,
        CLEAN
    }

    public List<RenderedParagraph> preamble() {
        return paragraphs.stream()
                .filter(p -> p.number().kind() == ParagraphKind.PREAMBULAR)
                .toList();
    }

    public List<RenderedParagraph> operative() {
        return paragraphs.stream()
                .filter(p -> p.number().kind() == ParagraphKind.OPERATIVE)
                .toList();
    }

    /** One paragraph: its number, nesting level (0, or 1 for a sub-paragraph) and its segments. */
    public record RenderedParagraph(ParagraphNumber number, int level, boolean agreed, List<Segment> segments) {
        public RenderedParagraph {
            segments = List.copyOf(segments);
        }
    }

    /** A piece of paragraph text: plain agreed text, or a bracket holding proposed options. */
    public sealed interface Segment permits Plain, Bracket {}

    public record Plain(String text) implements Segment {}

    /** Bracketed text: the text it would change (empty for an insertion) and the options proposed. */
    public record Bracket(String original, List<RenderedOption> options) implements Segment {
        public Bracket {
            options = List.copyOf(options);
        }
    }

    /** One option within a bracket, numbered from 1, with the parties that proposed it. */
    public record RenderedOption(int number, AmendmentKind kind, String text, List<PartyCode> proposers) {
        public RenderedOption {
            proposers = List.copyOf(proposers);
        }
    }

    /** A reservation that stays attached to the text. */
    public record Reservation(PartyCode party, ParagraphNumber paragraph, String text) {}
}
