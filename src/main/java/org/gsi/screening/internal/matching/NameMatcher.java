package org.gsi.screening.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores two normalized names from 0 to 1, in any word order.
 *
 * <p>Each word of the asked name is paired with at most one word of the listed name (or with two adjacent words
 * written apart on the other side), best pairs first ({@link TokenSimilarity}). Then:
 *
 * <ul>
 *   <li>coverage of each side = Σ similarity × weight of its paired words ÷ (Σ weight of its paired words + Σ weight
 *       of its unpaired words × u), where u is {@value #MIDDLE} for a word in the middle of a person's name (a
 *       missing or extra middle name costs little) and 1 otherwise;
 *   <li>score = the mean of both coverages;
 *   <li>evidence = the number of paired name words (an initial counts {@value #INITIAL_EVIDENCE}, particles do not
 *       count); when either name has two words or more and the evidence is below 2, the score is capped at 0.5 +
 *       0.2 × evidence: one shared name is not enough.
 * </ul>
 *
 * Names of organisations are compared the same way without the discount for middle words; a name that is one word
 * long is also compared with the initials of the other (GIA, Groupe Islamique Armé).
 */
public final class NameMatcher {

    static final double MIDDLE = 0.35;
    static final double INITIAL_EVIDENCE = 0.6;

    public NameComparison compare(NormalizedName query, NormalizedName candidate) {
        List<NameToken> q = query.tokens();
        List<NameToken> c = candidate.tokens();
        if (q.isEmpty() || c.isEmpty()) {
            return NameComparison.NONE;
        }
        boolean person = !query.organisation() && !candidate.organisation();
        Optional<NameComparison> acronym = acronym(query, candidate);
        if (acronym.isPresent()) {
            return acronym.get();
        }
        List<Pair> pairs = candidates(q, c);
        pairs.sort(Comparator.comparingDouble((Pair p) -> p.match.similarity())
                .thenComparingDouble(p -> p.weight(q, c))
                .reversed());
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedC = new boolean[c.size()];
        double[] simQ = new double[q.size()];
        double[] simC = new double[c.size()];
        List<PartMatch> parts = new ArrayList<>();
        double evidence = 0;
        for (Pair p : pairs) {
            if (p.uses(usedQ, usedC)) {
                continue;
            }
            p.take(usedQ, usedC, simQ, simC);
            parts.add(p.match);
            evidence += p.evidence(q, c);
        }
        double covQ = coverage(q, usedQ, simQ, person);
        double covC = coverage(c, usedC, simC, person);
        double score = person ? (covQ + covC) / 2 : Math.sqrt(covQ * covC);
        double cap = 1.0;
        int wordsQ = (int)
                q.stream().filter(t -> t.kind() != NameToken.Kind.PARTICLE).count();
        int wordsC = (int)
                c.stream().filter(t -> t.kind() != NameToken.Kind.PARTICLE).count();
        if (Math.max(wordsQ, wordsC) >= 2 && evidence < 2) {
            cap = 0.5 + 0.2 * evidence;
            score = Math.min(score, cap);
        }
        return new NameComparison(
                clamp(score),
                List.copyOf(parts),
                unmatched(q, usedQ),
                unmatched(c, usedC),
                covQ,
                covC,
                cap >= 1.0 ? 1.0 : cap);
    }

    private static List<Pair> candidates(List<NameToken> q, List<NameToken> c) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                int qi = i;
                int cj = j;
                TokenSimilarity.compare(q.get(i), c.get(j))
                        .ifPresent(m -> pairs.add(new Pair(m, new int[] {qi}, new int[] {cj})));
            }
        }
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j + 1 < c.size(); j++) {
                int qi = i;
                int cj = j;
                TokenSimilarity.joined(q.get(i), c.get(j), c.get(j + 1), true)
                        .ifPresent(m -> pairs.add(new Pair(m, new int[] {qi}, new int[] {cj, cj + 1})));
            }
        }
        for (int j = 0; j < c.size(); j++) {
            for (int i = 0; i + 1 < q.size(); i++) {
                int qi = i;
                int cj = j;
                TokenSimilarity.joined(c.get(j), q.get(i), q.get(i + 1), false)
                        .ifPresent(m -> pairs.add(new Pair(m, new int[] {qi, qi + 1}, new int[] {cj})));
            }
        }
        return pairs;
    }

    private static double coverage(List<NameToken> tokens, boolean[] used, double[] sim, boolean person) {
        double matched = 0;
        double total = 0;
        int first = 0;
        int last = tokens.size() - 1;
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            double w = t.weight();
            if (used[i]) {
                matched += sim[i] * w;
                total += w;
            } else {
                boolean middle = person && i != first && i != last;
                total += w * (middle ? MIDDLE : 1.0);
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static List<String> unmatched(List<NameToken> tokens, boolean[] used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                out.add(tokens.get(i).original());
            }
        }
        return out;
    }

    /** A one-word name against the initials of the other's words: GIA and Groupe Islamique Armé. */
    private static Optional<NameComparison> acronym(NormalizedName query, NormalizedName candidate) {
        NormalizedName single = query.tokens().size() == 1 ? query : candidate;
        NormalizedName other = single == query ? candidate : query;
        if (single.tokens().size() != 1 || other.tokens().size() < 2) {
            return Optional.empty();
        }
        String word = single.tokens().get(0).text();
        if (word.length() < 2 || word.length() > 8) {
            return Optional.empty();
        }
        StringBuilder initials = new StringBuilder();
        for (NameToken t : other.tokens()) {
            initials.append(t.text().charAt(0));
        }
        String letters = initials.toString();
        StringBuilder all = new StringBuilder();
        String latin = other.latin();
        for (int i = 0; i < latin.length(); i++) {
            char ch = latin.charAt(i);
            boolean start = i == 0 || !Character.isLetterOrDigit(latin.charAt(i - 1));
            if (start && Character.isLetterOrDigit(ch)) {
                all.append(Character.toLowerCase(ch));
            }
        }
        if (!word.equals(letters) && !word.equals(all.toString())) {
            return Optional.empty();
        }
        PartMatch m = single == query
                ? new PartMatch(single.tokens().get(0).original(), other.input(), "acronym", 0.85)
                : new PartMatch(other.input(), single.tokens().get(0).original(), "acronym", 0.85);
        return Optional.of(new NameComparison(0.85, List.of(m), List.of(), List.of(), 0.85, 0.85, 1.0));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** A possible pairing of words of both names. */
    private record Pair(PartMatch match, int[] queryWords, int[] candidateWords) {

        boolean uses(boolean[] usedQ, boolean[] usedC) {
            for (int i : queryWords) {
                if (usedQ[i]) {
                    return true;
                }
            }
            for (int j : candidateWords) {
                if (usedC[j]) {
                    return true;
                }
            }
            return false;
        }

        void take(boolean[] usedQ, boolean[] usedC, double[] simQ, double[] simC) {
            for (int i : queryWords) {
                usedQ[i] = true;
                simQ[i] = match.similarity();
            }
            for (int j : candidateWords) {
                usedC[j] = true;
                simC[j] = match.similarity();
            }
        }

        double weight(List<NameToken> q, List<NameToken> c) {
            double w = 0;
            for (int i : queryWords) {
                w += q.get(i).weight();
            }
            for (int j : candidateWords) {
                w += c.get(j).weight();
            }
            return w;
        }

        double evidence(List<NameToken> q, List<NameToken> c) {
            NameToken a = q.get(queryWords[0]);
            NameToken b = c.get(candidateWords[0]);
            if (a.kind() == NameToken.Kind.PARTICLE || b.kind() == NameToken.Kind.PARTICLE) {
                return 0;
            }
            if (a.initial() || b.initial()) {
                return INITIAL_EVIDENCE;
            }
            if (a.kind() == NameToken.Kind.GENERIC || b.kind() == NameToken.Kind.GENERIC) {
                return 0.5;
            }
            return Math.max(queryWords.length, candidateWords.length);
        }
    }
}
