package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up conflict for tests: two countries of a 6 x 6 block of PRIO-GRID cells each, from January 2000, where
 * violence flares and spreads among neighbouring cells. Country AAA is observed until {@code endA}, BBB until {@code
 * endB}. Seeded, so every call gives the same data.
 */
final class SyntheticConflict {

    static final int FIRST = Cadence.MONTHLY.firstPeriodOf(2000);

    private SyntheticConflict() {}

    static List<ConflictPanel.UnitMonth> cells(int endA, int endB, long seed) {
        Random random = new Random(seed);
        List<ConflictPanel.UnitMonth> rows = new ArrayList<>();
        double[][] heat = new double[12][6];
        for (int t = FIRST; t <= Math.max(endA, endB); t++) {
            for (int r = 0; r < 12; r++) {
                for (int c = 0; c < 6; c++) {
                    double near = (r > 0 ? heat[r - 1][c] : 0) + (c > 0 ? heat[r][c - 1] : 0);
                    heat[r][c] = 0.7 * heat[r][c] + 0.1 * near + (random.nextDouble() < 0.01 ? 3 : 0);
                    String country = r < 6 ? "AAA" : "BBB";
                    int end = r < 6 ? endA : endB;
                    if (t > end) {
                        continue;
                    }
                    double p = 1 - Math.exp(-heat[r][c]);
                    if (random.nextDouble() < p) {
                        int deaths = 1 + (int) (random.nextDouble() * 10 * heat[r][c]);
                        boolean stateBased = random.nextDouble() < 0.7;
                        int gid = GridCells.gid(200 + r, 400 + c);
                        rows.add(new ConflictPanel.UnitMonth(
                                Integer.toString(gid), country, t, stateBased ? deaths : 0, stateBased ? 0 : deaths));
                    }
                }
            }
        }
        return rows;
    }

    static List<ConflictPanel.UnitMonth> countries(List<ConflictPanel.UnitMonth> cells) {
        return cells.stream()
                .map(c -> new ConflictPanel.UnitMonth(c.country(), c.country(), c.period(), c.stateBased(), c.other()))
                .toList();
    }

    static ConflictPanel grid(int endA, int endB) {
        List<ConflictPanel.UnitMonth> cells = cells(endA, endB, 7);
        return ConflictPanel.grid(
                cells, countries(cells), FIRST, Map.of("AAA", endA, "BBB", endB), ConflictNeighbourhood.none());
    }

    static GradientBoostedHurdle model() {
        return new GradientBoostedHurdle(new GradientBoostedHurdle.Settings(
                5,
                12,
                0.2,
                new BoostedTrees.Settings(20, 3, 0.2, 1.0, 1.0, 0.8),
                new BoostedTrees.Settings(20, 2, 0.2, 1.0, 1.0, 0.8),
                1000,
                11L));
    }
}
