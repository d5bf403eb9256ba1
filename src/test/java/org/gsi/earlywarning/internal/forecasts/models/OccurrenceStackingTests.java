package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OccurrenceStackingTests {

    private static final int FIRST = Cadence.MONTHLY.firstPeriodOf(2000);
    private static final int LAST = Cadence.MONTHLY.lastPeriodOf(2009);

    /**
     * Forty made-up countries over ten years: the first twenty have a fatality in 90 % of months, the others in 5 %.
     */
    static ConflictPanel persistentConflicts(long seed) {
        Random random = new Random(seed);
        List<ConflictPanel.UnitMonth> rows = new ArrayList<>();
        Map<String, Integer> until = new HashMap<>();
        for (int c = 0; c < 40; c++) {
            String iso = String.format("C%02d", c);
            until.put(iso, LAST);
            double rate = c < 20 ? 0.9 : 0.05;
            for (int t = FIRST; t <= LAST; t++) {
                if (random.nextDouble() < rate) {
                    rows.add(new ConflictPanel.UnitMonth(iso, iso, t, 1 + random.nextInt(20), 0));
                }
            }
        }
        return ConflictPanel.countries(rows, FIRST, until, ConflictNeighbourhood.none());
    }

    private static PanelForecaster.Prepared uninformative() {
        PredictiveDistribution half = new Bernoulli(0.5);
        return (unit, origin) -> half;
    }

    @Test
    void theStackingLearnsFromTheRecentHistoryWhatAnUninformativeModelMisses() {
        ConflictPanel panel = persistentConflicts(3);
        int cutoff = LAST - 12;
        double[] beta = OccurrenceStacking.fit(uninformative(), panel, cutoff, 3, 12, FIRST, 1.0, 10);

        assertThat(beta).hasSize(OccurrenceStacking.COEFFICIENTS);
        double active = 0;
        double quiet = 0;
        for (int u = 0; u < 40; u++) {
            double p = OccurrenceStacking.probability(beta, OccurrenceStacking.covariates(0.5, panel, u, LAST - 3));
            if (u < 20) {
                active += p / 20;
            } else {
                quiet += p / 20;
            }
        }
        assertThat(active).isCloseTo(0.9, within(0.06));
        assertThat(quiet).isCloseTo(0.05, within(0.04));
    }

    @Test
    void tooFewMonthsWithOrWithoutAFatalityGiveNoStacking() {
        ConflictPanel panel = persistentConflicts(3);
        assertThat(OccurrenceStacking.fit(uninformative(), panel, LAST, 1, 12, FIRST, 1.0, 10_000))
                .isNull();
    }
}
