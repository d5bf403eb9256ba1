package org.gsi.earlywarning;

/** Reported deaths: the best estimate with its low and high bounds (equal to best where a source gives only one). */
public record Fatalities(int best, int low, int high) {

    public Fatalities {
        if (best < 0 || low < 0 || high < 0) {
            throw new IllegalArgumentException("fatalities cannot be negative: " + best + "/" + low + "/" + high);
        }
        if (low > best || best > high) {
            throw new IllegalArgumentException(
                    "fatalities must satisfy low <= best <= high: " + low + "/" + best + "/" + high);
        }
    }

    public static Fatalities exactly(int count) {
        return new Fatalities(count, count, count);
    }
}
