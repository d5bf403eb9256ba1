package org.gsi.earlywarning;

/**
 * Reported deaths: the best estimate with its low and high bounds (equal to best where a source gives only one),
 * kept as the source states them. Sources do publish a best estimate outside its own bounds; {@link #withinBounds()}
 * tells such a row apart so the import can point it out.
 */
public record Fatalities(int best, int low, int high) {

    public Fatalities {
        if (best < 0 || low < 0 || high < 0) {
            throw new IllegalArgumentException("fatalities cannot be negative: " + best + "/" + low + "/" + high);
        }
    }

    public static Fatalities exactly(int count) {
        return new Fatalities(count, count, count);
    }

    /** Whether {@code low <= best <= high}, as the source's own rules say it should be. */
    public boolean withinBounds() {
        return low <= best && best <= high;
    }
}
