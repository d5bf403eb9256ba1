package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable panel of non-negative observations per unit and period (fatalities per month, or
 * conflict incidence per year). A unit may be inactive in some periods (a state that did not exist);
 * those periods are neither trained on nor scored. Periods before the first one count as quiet
 * (zero). {@link #until(int)} returns a physically truncated copy: a forecaster handed that view
 * holds no observation after the cut-off and any attempt to read one throws.
 */
public final class Panel {

    private final Cadence cadence;
    private final List<String> units;
    private final int firstPeriod;
    private final double[][] values;
    private final boolean[][] active;
    private final int[][] neighbours;

    Panel(
            Cadence cadence,
            List<String> units,
            int firstPeriod,
            double[][] values,
            boolean[][] active,
            int[][] neighbours) {
        if (values.length != units.size() || active.length != units.size()) {
            throw new IllegalArgumentException("one row of values and activity is needed per unit");
        }
        this.cadence = cadence;
        this.units = List.copyOf(units);
        this.firstPeriod = firstPeriod;
        this.values = values;
        this.active = active;
        this.neighbours = neighbours;
    }

    /** A panel where every unit is active in every period and has no neighbours. */
    public static Panel of(Cadence cadence, List<String> units, int firstPeriod, double[][] values) {
        boolean[][] active = new boolean[values.length][];
        for (int u = 0; u < values.length; u++) {
            active[u] = new boolean[values[u].length];
            Arrays.fill(active[u], true);
        }
        return new Panel(cadence, units, firstPeriod, copy(values), active, new int[units.size()][0]);
    }

    /** The same panel where each unit's neighbours are given by unit index. */
    public Panel withNeighbours(Map<Integer, int[]> neighbourIndexes) {
        int[][] next = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            next[u] = neighbourIndexes.getOrDefault(u, new int[0]).clone();
        }
        return new Panel(cadence, units, firstPeriod, values, active, next);
    }

    /** The view of this panel holding only observations up to and including {@code cutoff}. */
    public Panel until(int cutoff) {
        int length = Math.max(0, Math.min(periodCount(), cutoff - firstPeriod + 1));
        double[][] v = new double[units.size()][];
        boolean[][] a = new boolean[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            v[u] = Arrays.copyOf(values[u], length);
            a[u] = Arrays.copyOf(active[u], length);
        }
        return new Panel(cadence, units, firstPeriod, v, a, neighbours);
    }

    /** The observation of a unit in a period; zero before the first period. */
    public double value(int unit, int period) {
        if (period > lastPeriod()) {
            throw new ObservationBeyondCutoffException(
                    units.get(unit), cadence.label(period), cadence.label(lastPeriod()));
        }
        return period < firstPeriod ? 0.0 : values[unit][period - firstPeriod];
    }

    /** Whether the unit existed in the period; a unit counts as existing before the first period. */
    public boolean isActive(int unit, int period) {
        if (period > lastPeriod()) {
            throw new ObservationBeyondCutoffException(
                    units.get(unit), cadence.label(period), cadence.label(lastPeriod()));
        }
        return period < firstPeriod || active[unit][period - firstPeriod];
    }

    public Optional<Integer> indexOf(String unit) {
        int index = units.indexOf(unit);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    public int[] neighboursOf(int unit) {
        return neighbours[unit].clone();
    }

    public Cadence cadence() {
        return cadence;
    }

    public List<String> units() {
        return units;
    }

    public int firstPeriod() {
        return firstPeriod;
    }

    public int lastPeriod() {
        return firstPeriod + periodCount() - 1;
    }

    private int periodCount() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public Panel withActivity(boolean[][] activity) {
        boolean[][] a = new boolean[activity.length][];
        for (int u = 0; u < activity.length; u++) {
            a[u] = activity[u].clone();
        }
        return new Panel(cadence, units, firstPeriod, values, a, neighbours);
    }

    private static double[][] copy(double[][] source) {
        double[][] c = new double[source.length][];
        for (int i = 0; i < source.length; i++) {
            c[i] = source[i].clone();
        }
        return c;
    }
}
