package org.gsi.screening.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.screening.internal.matching.EvaluationSet;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.gsi.screening.internal.matching.QualityReport;
import org.gsi.screening.internal.matching.Scoring;
import org.springframework.stereotype.Component;

/**
 * The matcher's model card: its figures measured on the shipped evaluation set by the code that runs, not written
 * down — computed once when first asked (the set and the matcher do not change while the platform runs).
 */
@Component
class ModelCard {

    /** The figures of the card. */
    record Figures(
            int pairs,
            int positives,
            int negatives,
            Map<String, int[]> makeUp,
            Map<String, Integer> halves,
            double threshold,
            QualityReport.Counts test,
            QualityReport.Counts tuning,
            Map<String, QualityReport.Counts> testByCategory,
            List<QualityReport.Point> testCurve,
            QualityReport.Point bestOnTuning) {}

    private volatile Figures figures;

    Figures figures() {
        Figures f = figures;
        if (f == null) {
            synchronized (this) {
                if (figures == null) {
                    figures = compute();
                }
                f = figures;
            }
        }
        return f;
    }

    static Figures compute() {
        List<EvaluationSet.Pair> pairs = EvaluationSet.shipped();
        QualityReport report = QualityReport.of(pairs, new NameNormalizer());
        Map<String, int[]> makeUp = new LinkedHashMap<>();
        Map<String, Integer> halves = new LinkedHashMap<>();
        int positives = 0;
        for (EvaluationSet.Pair p : pairs) {
            int[] c = makeUp.computeIfAbsent(p.category(), k -> new int[2]);
            c[p.same() ? 0 : 1]++;
            positives += p.same() ? 1 : 0;
            halves.merge(p.split(), 1, Integer::sum);
        }
        double t = Scoring.DEFAULT_THRESHOLD;
        return new Figures(
                pairs.size(),
                positives,
                pairs.size() - positives,
                makeUp,
                halves,
                t,
                report.counts("test", t),
                report.counts("tuning", t),
                report.byCategory("test", t),
                report.curve("test"),
                report.best("tuning").orElseThrow());
    }
}
