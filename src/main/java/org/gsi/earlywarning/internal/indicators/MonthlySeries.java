package org.gsi.earlywarning.internal.indicators;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A unit's monthly values from {@code start}; months before the start are unobserved, not zero. */
public record MonthlySeries(YearMonth start, double[] values) {

    public MonthlySeries {
        values = values.clone();
    }

    public YearMonth end() {
        return start.plusMonths(values.length - 1L);
    }

    public boolean observes(YearMonth month) {
        return !month.isBefore(start) && !month.isAfter(end());
    }

    public double value(YearMonth month) {
        if (!observes(month)) {
            throw new IllegalArgumentException(month + " lies outside the series " + start + ".." + end());
        }
        return values[(int) start.until(month, ChronoUnit.MONTHS)];
    }

    /**
     * Mean and population standard deviation of the {@code months} months before {@code month}; empty when the
     * series does not observe all of them.
     */
    public Optional<TrailingWindow> trailing(YearMonth month, int months) {
        if (!observes(month.minusMonths(months)) || !observes(month)) {
            return Optional.empty();
        }
        double sum = 0;
        for (int i = 1; i <= months; i++) {
            sum += value(month.minusMonths(i));
        }
        double mean = sum / months;
        double squares = 0;
        for (int i = 1; i <= months; i++) {
            double d = value(month.minusMonths(i)) - mean;
            squares += d * d;
        }
        return Optional.of(new TrailingWindow(months, mean, Math.sqrt(squares / months)));
    }

    /** The month's value minus the trailing mean of the {@code months} months before it. */
    public Optional<Double> changeAgainstTrailingMean(YearMonth month, int months) {
        return trailing(month, months).map(w -> value(month) - w.mean());
    }

    /** Mean and spread of the months preceding a month. */
    public record TrailingWindow(int months, double mean, double standardDeviation) {}
}
