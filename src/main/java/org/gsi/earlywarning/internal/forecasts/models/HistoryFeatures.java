package org.gsi.earlywarning.internal.forecasts.models;

import java.util.List;

/**
 * Conflict-history features of a unit at a period, computed only from the view's observations up
 * to that period: last value, short/medium/long trailing means, decay of the time since the last
 * positive observation, and the neighbours' long trailing mean and last value. Counts enter as
 * log(1 + x).
 */
final class HistoryFeatures {

    static final List<String> NAMES = List.of(
            "intercept",
            "log1p(last)",
            "log1p(mean short)",
            "log1p(mean medium)",
            "log1p(mean long)",
            "exp(-periods since last positive / long)",
            "log1p(neighbours' mean long)",
            "log1p(neighbours' last)");

    private final Panel view;
    private final int[] windows;
    private final double[][] prefix;
    private final int[][] lastPositive;

    HistoryFeatures(Panel view) {
        this.view = view;
        this.windows = view.cadence().trailingWindows();
        int units = view.units().size();
        int length = view.lastPeriod() - view.firstPeriod() + 1;
        this.prefix = new double[units][length + 1];
        this.lastPositive = new int[units][length];
        for (int u = 0; u < units; u++) {
            int last = Integer.MIN_VALUE / 2;
            for (int i = 0; i < length; i++) {
                double y = view.value(u, view.firstPeriod() + i);
                prefix[u][i + 1] = prefix[u][i] + y;
                last = y > 0 ? i : last;
                lastPositive[u][i] = last;
            }
        }
    }

    int size() {
        return NAMES.size();
    }

    double[] at(int unit, int period) {
        int longWindow = windows[2];
        int since = period - view.firstPeriod() - lastPositive[unit][index(period)];
        double[] x = new double[NAMES.size()];
        x[0] = 1.0;
        x[1] = Math.log1p(view.value(unit, period));
        x[2] = Math.log1p(mean(unit, period, windows[0]));
        x[3] = Math.log1p(mean(unit, period, windows[1]));
        x[4] = Math.log1p(mean(unit, period, longWindow));
        x[5] = Math.exp(-(double) since / longWindow);
        int[] neighbours = view.neighboursOf(unit);
        if (neighbours.length > 0) {
            double meanLong = 0.0;
            double last = 0.0;
            for (int n : neighbours) {
                meanLong += mean(n, period, longWindow);
                last += view.value(n, period);
            }
            x[6] = Math.log1p(meanLong / neighbours.length);
            x[7] = Math.log1p(last / neighbours.length);
        }
        return x;
    }

    private double mean(int unit, int period, int window) {
        int end = index(period) + 1;
        int start = Math.max(0, end - window);
        return (prefix[unit][end] - prefix[unit][start]) / window;
    }

    private int index(int period) {
        if (period > view.lastPeriod() || period < view.firstPeriod()) {
            throw new ObservationBeyondCutoffException(
                    "features", view.cadence().label(period), view.cadence().label(view.lastPeriod()));
        }
        return period - view.firstPeriod();
    }
}
