package org.gsi.earlywarning.internal.forecasts.models;

/**
 * PRIO-GRID geometry: 0.5 degree cells numbered row by row from the south-west corner, {@code gid = row * 720 + col
 * + 1} with row 0 at 90 S and column 0 at 180 W. Columns wrap around the antimeridian; rows stop at the poles. The
 * distance between two cells is the Chebyshev distance in cells (1 for the eight cells around a cell).
 */
public final class GridCells {

    public static final int ROWS = 360;
    public static final int COLUMNS = 720;

    private GridCells() {}

    public static int row(int gid) {
        return (gid - 1) / COLUMNS;
    }

    public static int column(int gid) {
        return (gid - 1) % COLUMNS;
    }

    /** The cell at a row and a column; the column wraps around, a row beyond a pole has no cell (0). */
    public static int gid(int row, int column) {
        if (row < 0 || row >= ROWS) {
            return 0;
        }
        return row * COLUMNS + Math.floorMod(column, COLUMNS) + 1;
    }

    public static boolean isValid(int gid) {
        return gid >= 1 && gid <= ROWS * COLUMNS;
    }

    /** The latitude of the cell's centre. */
    public static double latitude(int gid) {
        return -90.0 + 0.5 * row(gid) + 0.25;
    }

    /** The longitude of the cell's centre. */
    public static double longitude(int gid) {
        return -180.0 + 0.5 * column(gid) + 0.25;
    }

    /** The cells at exactly {@code ring} cells' distance (8 for ring 1, 16 for ring 2), without the poles' overflow. */
    public static int[] ring(int gid, int ring) {
        int r = row(gid);
        int c = column(gid);
        int[] out = new int[8 * ring];
        int n = 0;
        for (int dr = -ring; dr <= ring; dr++) {
            for (int dc = -ring; dc <= ring; dc++) {
                if (Math.max(Math.abs(dr), Math.abs(dc)) == ring) {
                    int g = gid(r + dr, c + dc);
                    if (g != 0) {
                        out[n++] = g;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
