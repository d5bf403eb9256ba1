package org.gsi.negotiation;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a paragraph: PP1, OP3, or a sub-paragraph such as OP3(a). Ordered preambular
 * first, then by number, a paragraph before its sub-paragraphs.
 */
public record ParagraphNumber(ParagraphKind kind, int number, String sub) implements Comparable<ParagraphNumber> {

    private static final Pattern LABEL = Pattern.compile("(PP|OP)(\\d{1,4})(?:\\(([a-z]{1,3})\\))?");
    private static final Comparator<ParagraphNumber> ORDER = Comparator.comparing(ParagraphNumber::kind)
            .thenComparingInt(ParagraphNumber::number)
            .thenComparingInt(p -> p.sub().length())
            .thenComparing(ParagraphNumber::sub);

    public ParagraphNumber {
        Objects.requireNonNull(kind, "paragraph kind");
        Objects.requireNonNull(sub, "sub-paragraph letter");
        if (number < 1) {
            throw new IllegalArgumentException("Paragraph numbers start at 1, not " + number);
        }
        if (!sub.isEmpty() && !sub.matches("[a-z]{1,3}")) {
            throw new IllegalArgumentException("Sub-paragraphs are lettered a, b, c…, not '" + sub + "'");
        }
    }

    public static ParagraphNumber preambular(int number) {
        return new ParagraphNumber(ParagraphKind.PREAMBULAR, number, "");
    }

    public static ParagraphNumber operative(int number) {
        return new ParagraphNumber(ParagraphKind.OPERATIVE, number, "");
    }

    /** Parses a label such as "PP2", "OP3" or "OP3(a)". */
    public static ParagraphNumber parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a paragraph number: '" + label + "' (expected e.g. PP1, OP3, OP3(a))");
        }
        ParagraphKind kind = m.group(1).equals("PP") ? ParagraphKind.PREAMBULAR : ParagraphKind.OPERATIVE;
        return new ParagraphNumber(kind, Integer.parseInt(m.group(2)), m.group(3) == null ? "" : m.group(3));
    }

    public ParagraphNumber subParagraph(String letter) {
        return new ParagraphNumber(kind, number, letter);
    }

    public boolean isSubParagraph() {
        return !sub.isEmpty();
    }

    /** The paragraph a sub-paragraph belongs to. */
    public Optional<ParagraphNumber> parent() {
        return isSubParagraph() ? Optional.of(new ParagraphNumber(kind, number, "")) : Optional.empty();
    }

    public String label() {
        return kind.prefix() + number + (sub.isEmpty() ? "" : "(" + sub + ")");
    }

    @Override
    public int compareTo(ParagraphNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
