package org.gsi.earlywarning.internal.forecasts.models;

import java.time.YearMonth;

/**
 * The length of one period of a panel. Periods are numbered by integers: a month is {@code year * 12
 * + month - 1}, a year is the year itself.
 */
public enum Cadence {
    MONTHLY(12, new int[] {3, 6, 12}),
    YEARLY(1, new int[] {2, 5, 10});

    private final int periodsPerYear;
    private final int[] trailingWindows;

    Cadence(int periodsPerYear, int[] trailingWindows) {
        this.periodsPerYear = periodsPerYear;
        this.trailingWindows = trailingWindows;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** Lengths of the short, medium and long trailing means used as features. */
    public int[] trailingWindows() {
        return trailingWindows.clone();
    }

    public int firstPeriodOf(int year) {
        return year * periodsPerYear;
    }

    public int lastPeriodOf(int year) {
        return firstPeriodOf(year) + periodsPerYear - 1;
    }

    public int yearOf(int period) {
        return Math.floorDiv(period, periodsPerYear);
    }

    public static int monthPeriod(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public String label(int period) {
        if (this == YEARLY) {
            return Integer.toString(period);
        }
        return YearMonth.of(yearOf(period), Math.floorMod(period, 12) + 1).toString();
    }
}
