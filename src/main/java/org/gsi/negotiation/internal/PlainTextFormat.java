package org.gsi.negotiation.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.Bracket;
import org.gsi.negotiation.RenderedText.Plain;
import org.gsi.negotiation.RenderedText.RenderedOption;
import org.gsi.negotiation.RenderedText.RenderedParagraph;
import org.gsi.negotiation.RenderedText.Segment;
import org.gsi.registry.PartyCode;

/**
 * Writes a rendered text as plain text. A bracket with one option reads "[text (CHN)]"; with
 * several, "[Option 1: text (CHN, KAZ)] / [Option 2: text (BRA)]"; a deletion reads "delete".
 */
final class PlainTextFormat {

    private PlainTextFormat() {}

    static String format(RenderedText text) {
        StringBuilder out = new StringBuilder(text.title()).append("\n\n");
        for (RenderedParagraph paragraph : text.paragraphs()) {
            out.append(paragraph.level() == 0 ? "" : "    ")
                    .append(paragraph.number().label())
                    .append(". ")
                    .append(segments(paragraph.segments()))
                    .append('\n');
        }
        if (!text.reservations().isEmpty()) {
            out.append("\nReservations\n");
            text.reservations()
                    .forEach(r -> out.append(r.party())
                            .append(" on ")
                            .append(r.paragraph().label())
                            .append(": ")
                            .append(r.text())
                            .append('\n'));
        }
        return out.toString();
    }

    static String segments(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Plain plain) {
                out.append(plain.text());
            } else if (segment instanceof Bracket bracket) {
                out.append(bracket(bracket));
            }
        }
        return out.toString();
    }

    static String bracket(Bracket bracket) {
        List<RenderedOption> options = bracket.options();
        if (options.size() == 1) {
            RenderedOption only = options.get(0);
            String body = only.kind() == AmendmentKind.DELETE ? "delete: " + bracket.original() : only.text();
            return "[" + body + proposers(only.proposers()) + "]";
        }
        return options.stream()
                .map(o -> "[Option " + o.number() + ": " + (o.kind() == AmendmentKind.DELETE ? "delete" : o.text())
                        + proposers(o.proposers()) + "]")
                .collect(Collectors.joining(" / "));
    }

    private static String proposers(List<PartyCode> parties) {
        return parties.stream().map(PartyCode::value).collect(Collectors.joining(", ", " (", ")"));
    }
}
