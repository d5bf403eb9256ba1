package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gsi.negotiation.ParagraphNumber;

/**
 * An immutable snapshot of a text: a frozen reading (numbered from 1) or the current state
 * (number 0). Each paragraph keeps both its compilation and its clean text.
 */
record TextVersion(int number, String label, Instant takenAt, long textVersion, List<ParagraphSnapshot> paragraphs) {

    TextVersion {
        paragraphs = List.copyOf(paragraphs);
    }

    record ParagraphSnapshot(ParagraphNumber number, String compilation, String clean) {}

    Optional<ParagraphSnapshot> paragraph(ParagraphNumber number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst();
    }
}
