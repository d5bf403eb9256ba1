import java.util.List;
import java.util.Locale;
import org.gsi.screening.internal.matching.EvaluationSet;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.gsi.screening.internal.matching.QualityReport;
import org.gsi.screening.internal.matching.Scoring;

/**
 * The matcher's quality on the shipped evaluation set: precision, recall and F1 at the default threshold on each half
 * (tuning and test) and per category of pairs on the test half, then the precision-recall curve of the test half.
 * Usage (from the project root): {@code bench/screening/quality.sh}.
 */
public class Quality {

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        List<EvaluationSet.Pair> pairs = EvaluationSet.shipped();
        QualityReport report = QualityReport.of(pairs, new NameNormalizer());
        double t = Scoring.DEFAULT_THRESHOLD;
        System.out.printf("evaluation set: %d pairs (%d positive, %d negative)%n", pairs.size(),
                pairs.stream().filter(EvaluationSet.Pair::same).count(),
                pairs.stream().filter(p -> !p.same()).count());
        for (String split : List.of("tuning", "test")) {
            QualityReport.Counts c = report.counts(split, t);
            System.out.printf("%-6s at %.2f: %d pairs, TP %d FP %d FN %d TN %d, precision %.3f recall %.3f F1 %.3f%n",
                    split, t, c.pairs(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
                    c.trueNegatives(), c.precision(), c.recall(), c.f1());
        }
        System.out.println("test half by category (pairs, precision, recall at the default threshold):");
        report.byCategory("test", t).forEach((category, c) -> {
            if (c.pairs() > 0) {
                System.out.printf("  %-18s %4d  P %.3f  R %.3f%n", category, c.pairs(), c.precision(), c.recall());
            }
        });
        System.out.println("precision-recall curve, test half:");
        System.out.println("  threshold precision recall F1");
        for (QualityReport.Point p : report.curve("test")) {
            System.out.printf("  %.2f      %.3f     %.3f  %.3f%n", p.threshold(), p.precision(), p.recall(), p.f1());
        }
    }
}
