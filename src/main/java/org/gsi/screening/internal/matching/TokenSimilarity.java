package org.gsi.screening.internal.matching;

import java.util.Optional;

/**
 * How alike two words of names are: 1 for the same word, 0.97 for known spellings of one name, 0.9 for an initial,
 * 0.95 for the same consonants when one side was written in a script without short vowels, at least 0.88 for the
 * same consonants otherwise, and the Jaro-Winkler similarity of the spellings when it reaches {@link #MINIMUM}.
 * Across scripts, consonants that Arabic-script names write alike in Latin in several ways (d, z, t for ذ ظ ض ث)
 * count as one ({@link Skeleton#loose}) at 0.92.
 */
final class TokenSimilarity {

    static final double MINIMUM = 0.84;

    private TokenSimilarity() {}

    static Optional<PartMatch> compare(NameToken q, NameToken c) {
        if (q.text().equals(c.text())) {
            return match(q, c, q.original().equals(c.original()) ? "same" : "variant", 1.0);
        }
        if (q.initial() || c.initial()) {
            NameToken letter = q.initial() ? q : c;
            NameToken word = q.initial() ? c : q;
            char first = letter.text().charAt(0);
            if (!word.initial()
                    && (word.text().charAt(0) == first || word.original().charAt(0) == first)) {
                return match(q, c, "initial", 0.9);
            }
            return Optional.empty();
        }
        if (sameWithoutArticle(q.text(), c.text())) {
            return match(q, c, "article", 0.95);
        }
        double jw = JaroWinkler.similarity(q.text(), c.text());
        if (q.skeleton().equals(c.skeleton()) && q.skeleton().length() >= 2) {
            if (q.abjad() != c.abjad()) {
                return match(q, c, "consonants", 0.95);
            }
            return match(q, c, "sounds-alike", Math.max(0.88, jw));
        }
        if (q.abjad() != c.abjad() || (q.abjad() && c.abjad())) {
            String lq = Skeleton.loose(q.skeleton());
            String lc = Skeleton.loose(c.skeleton());
            if (lq.equals(lc) && lq.length() >= 2) {
                return match(q, c, "consonants", 0.92);
            }
            double sk = JaroWinkler.similarity(lq, lc) * 0.92;
            if (sk >= MINIMUM && sk > jw) {
                return match(q, c, "consonants", sk);
            }
        }
        if (jw >= MINIMUM) {
            return match(q, c, "similar", jw);
        }
        return Optional.empty();
    }

    /** A word of one name against two adjacent words of the other written apart (Jianguo, Jian Guo). */
    static Optional<PartMatch> joined(NameToken single, NameToken first, NameToken second, boolean singleIsQuery) {
        double sim = Math.max(
                together(first.text() + second.text(), single), together(second.text() + first.text(), single));
        if (sim == 0) {
            return Optional.empty();
        }
        String two = first.original() + " " + second.original();
        return Optional.of(
                singleIsQuery
                        ? new PartMatch(single.original(), two, "joined", sim)
                        : new PartMatch(two, single.original(), "joined", sim));
    }

    private static double together(String together, NameToken single) {
        if (together.equals(single.text())) {
            return 0.95;
        }
        if (Math.abs(together.length() - single.text().length()) > 3
                || together.charAt(0) != single.text().charAt(0)) {
            return 0;
        }
        return Skeleton.of(together).equals(single.skeleton())
                        && single.skeleton().length() >= 3
                ? 0.9
                : 0;
    }

    private static Optional<PartMatch> match(NameToken q, NameToken c, String how, double sim) {
        return Optional.of(new PartMatch(q.original(), c.original(), how, sim));
    }

    /** Whether the words are the same once an al- or el- written together with one of them is left out. */
    private static boolean sameWithoutArticle(String a, String b) {
        return sameAfterArticle(a, b) || sameAfterArticle(b, a);
    }

    private static boolean sameAfterArticle(String longer, String shorter) {
        return longer.length() == shorter.length() + 2
                && shorter.length() >= 4
                && (longer.startsWith("al") || longer.startsWith("el"))
                && longer.endsWith(shorter);
    }
}
