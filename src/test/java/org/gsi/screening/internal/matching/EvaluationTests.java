package org.gsi.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matcher's quality on the held-out half of the evaluation set (the figures of the model card). */
class EvaluationTests {

    @Test
    void theMatcherReachesAnF1OfAtLeast090OnTheTestHalfAtTheDefaultThreshold() {
        List<EvaluationSet.Pair> pairs = EvaluationSet.shipped();
        QualityReport report = QualityReport.of(pairs, new NameNormalizer());
        QualityReport.Counts test = report.counts("test", Scoring.DEFAULT_THRESHOLD);
        assertThat(test.pairs()).isGreaterThan(700);
        assertThat(test.f1()).as("F1 on the test half: %s", test).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void noEntryHasPairsInBothHalves() {
        List<EvaluationSet.Pair> pairs = EvaluationSet.shipped();
        Set<String> tuning = new HashSet<>();
        Set<String> test = new HashSet<>();
        for (EvaluationSet.Pair p : pairs) {
            if (p.same()) {
                (p.split().equals("tuning") ? tuning : test).add(p.reference());
            }
        }
        assertThat(tuning).doesNotContainAnyElementsOf(test);
        assertThat(EvaluationSet.categories(pairs))
                .contains(
                        "alias",
                        "original-script",
                        "transliteration",
                        "reordered",
                        "truncated",
                        "other-entry",
                        "common-name",
                        "near-miss-organisation");
    }
}
