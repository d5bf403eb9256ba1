package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.List;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/** Comparison of two versions of a text for the API: reading numbers, 0 for the text as it stands. */
final class Comparisons {

    private Comparisons() {}

    record WordView(String op, String text) {}

    record ParagraphChangeView(String paragraph, String change, String marked, List<WordView> words) {}

    static List<ParagraphChangeView> compare(NegotiatedText text, int from, int to, String basis, Instant now) {
        VersionComparison.Basis b;
        try {
            b = VersionComparison.Basis.valueOf(basis.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("basis", Message.of("negotiation.refused.mode"));
        }
        TextVersion older = version(text, from, "from", now);
        TextVersion newer = version(text, to, "to", now);
        return VersionComparison.between(older, newer, b).stream()
                .map(c -> new ParagraphChangeView(
                        c.paragraph().label(),
                        c.change().name().toLowerCase(java.util.Locale.ROOT),
                        c.marked(),
                        c.words().stream()
                                .map(w -> new WordView(w.op().name().toLowerCase(java.util.Locale.ROOT), w.text()))
                                .toList()))
                .toList();
    }

    private static TextVersion version(NegotiatedText text, int number, String field, Instant now) {
        if (number == 0) {
            return text.current(now);
        }
        if (number < 0 || number > text.readings().size()) {
            throw new InvalidInputException(
                    field,
                    Message.of(
                            "negotiation.refused.reading",
                            number,
                            text.readings().size()));
        }
        return text.readings().get(number - 1);
    }
}
