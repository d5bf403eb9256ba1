package org.gsi.screening.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Precision, recall and F1 of the matcher on the evaluation set at a threshold, per half and per category, and the
 * precision-recall curve: every pair is scored as a check would score it ({@link Scoring}: the asked name, type,
 * date of birth and nationality against the entry's names and facts) and called a possible match when its score
 * reaches the threshold.
 */
public final class QualityReport {

    /** Counts at one threshold. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        public double precision() {
            int called = truePositives + falsePositives;
            return called == 0 ? 1.0 : truePositives / (double) called;
        }

        public double recall() {
            int positives = truePositives + falseNegatives;
            return positives == 0 ? 1.0 : truePositives / (double) positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int pairs() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    /** One point of the precision-recall curve. */
    public record Point(double threshold, double precision, double recall, double f1) {}

    /** A scored pair. */
    public record Scored(EvaluationSet.Pair pair, double score) {}

    private final List<Scored> scored;

    private QualityReport(List<Scored> scored) {
        this.scored = List.copyOf(scored);
    }

    public static QualityReport of(List<EvaluationSet.Pair> pairs, NameNormalizer normalizer) {
        Scoring scoring = new Scoring();
        List<Scored> out = new ArrayList<>(pairs.size());
        for (EvaluationSet.Pair p : pairs) {
            BirthDateQuery birth = BirthDateQuery.parse(p.queryBirthDate()).orElse(null);
            ScreeningQuery q = ScreeningQuery.of(normalizer, p.query(), p.queryType(), birth, p.queryNationality());
            boolean organisation = p.type() == org.gsi.screening.internal.lists.EntryType.ORGANISATION;
            List<NormalizedName> names = p.names().stream()
                    .map(n -> normalizer.normalize(n, organisation))
                    .toList();
            out.add(new Scored(p, scoring.score(q, names, p.facts()).score()));
        }
        return new QualityReport(out);
    }

    public List<Scored> scored() {
        return scored;
    }

    public Counts counts(String split, double threshold) {
        return counts(split, null, threshold);
    }

    public Counts counts(String split, String category, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Scored s : scored) {
            if ((split != null && !s.pair().split().equals(split))
                    || (category != null && !s.pair().category().equals(category))) {
                continue;
            }
            boolean called = s.score() >= threshold;
            if (s.pair().same()) {
                if (called) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (called) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    /** Precision, recall and F1 at thresholds from 0.50 to 1.00 in steps of 0.02. */
    public List<Point> curve(String split) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= 25; i++) {
            double t = Math.round((0.5 + i * 0.02) * 100) / 100.0;
            Counts c = counts(split, t);
            points.add(new Point(t, c.precision(), c.recall(), c.f1()));
        }
        return points;
    }

    /** The threshold of the curve with the best F1 (the lower one on a tie). */
    public Optional<Point> best(String split) {
        return curve(split).stream().max(Comparator.comparingDouble(Point::f1));
    }

    /** Counts per category at the threshold. */
    public Map<String, Counts> byCategory(String split, double threshold) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String category :
                EvaluationSet.categories(scored.stream().map(Scored::pair).toList())) {
            out.put(category, counts(split, category, threshold));
        }
        return out;
    }
}
