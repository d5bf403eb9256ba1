package org.gsi.negotiation.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.RenderedText.Bracket;
import org.gsi.negotiation.RenderedText.Plain;
import org.gsi.negotiation.RenderedText.RenderedOption;
import org.gsi.negotiation.RenderedText.Segment;
import org.gsi.registry.PartyCode;

/**
 * A paragraph's segments as runs to typeset: plain text, bracketed text and proposer attributions. Every export
 * format writes brackets the same way: "[text (CHN, KAZ)]", or "[Option 1: …] / [Option 2: …]".
 */
final class Attribution {

    private Attribution() {}

    enum Style {
        PLAIN,
        BRACKET,
        PROPOSERS
    }

    record Run(String text, Style style) {}

    static List<Run> runs(List<Segment> segments) {
        List<Run> runs = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment instanceof Plain plain) {
                runs.add(new Run(plain.text(), Style.PLAIN));
            } else if (segment instanceof Bracket bracket) {
                bracket(runs, bracket);
            }
        }
        return runs;
    }

    private static void bracket(List<Run> runs, Bracket bracket) {
        List<RenderedOption> options = bracket.options();
        for (int i = 0; i < options.size(); i++) {
            RenderedOption o = options.get(i);
            if (i > 0) {
                runs.add(new Run(" / ", Style.PLAIN));
            }
            String label = options.size() > 1 ? "Option " + o.number() + ": " : "";
            String body = o.kind() == AmendmentKind.DELETE
                    ? (options.size() > 1 ? "delete" : "delete: " + bracket.original())
                    : o.text();
            runs.add(new Run("[" + label + body, Style.BRACKET));
            runs.add(new Run(" (" + proposers(o.proposers()) + ")", Style.PROPOSERS));
            runs.add(new Run("]", Style.BRACKET));
        }
    }

    static String proposers(List<PartyCode> parties) {
        return parties.stream().map(PartyCode::value).collect(Collectors.joining(", "));
    }

    static String plain(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        runs(segments).forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
