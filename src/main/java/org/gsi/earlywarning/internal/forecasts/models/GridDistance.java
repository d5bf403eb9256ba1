package org.gsi.earlywarning.internal.forecasts.models;

/**
 * Distance from each cell to the nearest cell with a state-based fatality in the last 12 months, in cells
 * (Chebyshev distance, at most {@link FeatureTable#MAX_DISTANCE}), found by a binary search over square windows
 * counted on a summed-area table of the month's active cells. Windows do not wrap around the antimeridian.
 */
final class GridDistance {

    private GridDistance() {}

    static void fill(ConflictPanel panel, float[][] mean12, int from, int to, int[] distance) {
        int units = panel.units().size();
        int[] row = new int[units];
        int[] col = new int[units];
        int minRow = GridCells.ROWS;
        int maxRow = -1;
        for (int u = 0; u < units; u++) {
            int gid = Integer.parseInt(panel.units().get(u));
            row[u] = GridCells.row(gid);
            col[u] = GridCells.column(gid);
            minRow = Math.min(minRow, row[u]);
            maxRow = Math.max(maxRow, row[u]);
        }
        if (units == 0) {
            return;
        }
        int height = maxRow - minRow + 1;
        int[][] sums = new int[height + 1][GridCells.COLUMNS + 1];
        for (int t = from; t <= to; t++) {
            for (int[] line : sums) {
                java.util.Arrays.fill(line, 0);
            }
            for (int u = 0; u < units; u++) {
                if (mean12[u][t - from] > 0) {
                    sums[row[u] - minRow + 1][col[u] + 1] = 1;
                }
            }
            for (int r = 1; r <= height; r++) {
                for (int c = 1; c <= GridCells.COLUMNS; c++) {
                    sums[r][c] += sums[r - 1][c] + sums[r][c - 1] - sums[r - 1][c - 1];
                }
            }
            for (int u = 0; u < units; u++) {
                int r = row[u] - minRow;
                int lo = 0;
                int hi = FeatureTable.MAX_DISTANCE;
                if (count(sums, height, r, col[u], hi) == 0) {
                    distance[(t - from) * units + u] = hi;
                    continue;
                }
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (count(sums, height, r, col[u], mid) > 0) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                distance[(t - from) * units + u] = lo;
            }
        }
    }

    private static int count(int[][] sums, int height, int r, int c, int radius) {
        int r0 = Math.max(0, r - radius);
        int r1 = Math.min(height - 1, r + radius);
        int c0 = Math.max(0, c - radius);
        int c1 = Math.min(GridCells.COLUMNS - 1, c + radius);
        return sums[r1 + 1][c1 + 1] - sums[r0][c1 + 1] - sums[r1 + 1][c0] + sums[r0][c0];
    }
}
