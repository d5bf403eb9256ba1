package org.gsi.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gsi.screening.internal.matching.Factor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the factors of a score into words in the reader's language ({@code screening.factor.<code>}), with the
 * numbers in the reader's format; what a factor added or took away is shown as a signed number.
 */
@Component
class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    /** A factor with its words. */
    record Line(String code, double effect, List<String> values, String text) {}

    List<Line> lines(List<Factor> factors, Locale locale) {
        List<Line> out = new ArrayList<>(factors.size());
        for (Factor f : factors) {
            out.add(new Line(f.code(), f.effect(), f.args(), text(f, locale)));
        }
        return out;
    }

    /** One sentence: the score, what the names gave, what each other factor added or took away. */
    String summary(double score, List<Factor> factors, Locale locale) {
        StringBuilder b = new StringBuilder(
                messages.getMessage("screening.summary.score", new Object[] {number(score, locale)}, locale));
        for (Factor f : factors) {
            if (f.code().equals("names")) {
                b.append(' ')
                        .append(messages.getMessage(
                                "screening.summary.names",
                                new Object[] {number(Double.parseDouble(f.args().get(1)), locale)},
                                locale));
            } else if (f.effect() != 0) {
                b.append(messages.getMessage(
                        "screening.summary.effect",
                        new Object[] {
                            messages.getMessage("screening.factor.short." + f.code(), null, f.code(), locale),
                            signed(f.effect(), locale)
                        },
                        locale));
            }
        }
        return b.toString();
    }

    private String text(Factor f, Locale locale) {
        List<Object> args = new ArrayList<>(f.args());
        if (f.code().equals("part")) {
            args.set(
                    2,
                    messages.getMessage(
                            "screening.how." + f.args().get(2), null, f.args().get(2), locale));
            args.set(3, number(Double.parseDouble(f.args().get(3)), locale));
        } else if (f.code().equals("names")) {
            args.set(1, number(Double.parseDouble(f.args().get(1)), locale));
        } else if (f.code().equals("capped")) {
            args.set(0, number(Double.parseDouble(f.args().get(0)), locale));
        }
        args.add(signed(f.effect(), locale));
        return messages.getMessage("screening.factor." + f.code(), args.toArray(), f.code(), locale);
    }

    static String number(double v, Locale locale) {
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }

    static String signed(double v, Locale locale) {
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + number(Math.abs(v), locale);
    }
}
