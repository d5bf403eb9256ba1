package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gsi.earlywarning.internal.indicators.UnitLevel;

/**
 * Monthly UCDP fatalities per unit (a country, or a PRIO-GRID cell) as the forecasting models read them: state-based
 * fatalities (the target), the fatalities of the other two kinds of violence, the unit's country, the country's own
 * state-based series, and each unit's rings of neighbours (cells one and two cells away; for countries, contiguous
 * states and their contiguous states). Every unit is observed from the first month of the panel to its country's
 * last observed month; what lies after that is unknown, not quiet. {@link #until(int)} returns a physically
 * truncated copy, so that a model handed it holds no observation after the cut-off.
 */
public final class ConflictPanel {

    /** Fatalities of one unit (an ISO alpha-3 code, or a PRIO-GRID cell id) in one country and month. */
    public record UnitMonth(String unit, String country, int period, double stateBased, double other) {}

    private final UnitLevel level;
    private final List<String> units;
    private final String[] country;
    private final int first;
    private final float[][] target;
    private final float[][] other;
    private final int[] lastObserved;
    private final int[][] ring1;
    private final int[][] ring2;
    private final Map<String, Integer> countryIndex;
    private final float[][] countryTarget;
    private final ConflictNeighbourhood neighbourhood;

    private ConflictPanel(
            UnitLevel level,
            List<String> units,
            String[] country,
            int first,
            float[][] target,
            float[][] other,
            int[] lastObserved,
            int[][] ring1,
            int[][] ring2,
            Map<String, Integer> countryIndex,
            float[][] countryTarget,
            ConflictNeighbourhood neighbourhood) {
        this.level = level;
        this.units = List.copyOf(units);
        this.country = country;
        this.first = first;
        this.target = target;
        this.other = other;
        this.lastObserved = lastObserved;
        this.ring1 = ring1;
        this.ring2 = ring2;
        this.countryIndex = countryIndex;
        this.countryTarget = countryTarget;
        this.neighbourhood = neighbourhood;
    }

    /**
     * The country panel: one unit per country of the rows, observed from {@code firstPeriod} to the country's end
     * ({@code observedUntil}, else its last row); neighbours by contiguity.
     */
    public static ConflictPanel countries(
            List<UnitMonth> rows,
            int firstPeriod,
            Map<String, Integer> observedUntil,
            ConflictNeighbourhood neighbourhood) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.country()));
        List<String> units = new ArrayList<>(names);
        Map<String, Integer> index = indexOf(units);
        int[] last = lastObserved(units, units.toArray(String[]::new), rows, observedUntil);
        int length = Arrays.stream(last).max().orElse(firstPeriod) - firstPeriod + 1;
        float[][] target = new float[units.size()][length];
        float[][] other = new float[units.size()][length];
        fill(rows, r -> index.get(r.country()), firstPeriod, target, other);
        int[][] ring1 = new int[units.size()][];
        int[][] ring2 = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            Set<Integer> one = new LinkedHashSet<>();
            neighbourhood
                    .contiguous(units.get(u))
                    .forEach(n -> Optional.ofNullable(index.get(n)).ifPresent(one::add));
            Set<Integer> two = new TreeSet<>();
            for (int n : one) {
                neighbourhood
                        .contiguous(units.get(n))
                        .forEach(m -> Optional.ofNullable(index.get(m)).ifPresent(two::add));
            }
            two.removeAll(one);
            two.remove(u);
            ring1[u] = one.stream().mapToInt(Integer::intValue).sorted().toArray();
            ring2[u] = two.stream().mapToInt(Integer::intValue).toArray();
        }
        return new ConflictPanel(
                UnitLevel.COUNTRY,
                units,
                units.toArray(String[]::new),
                firstPeriod,
                target,
                other,
                last,
                ring1,
                ring2,
                index,
                target,
                neighbourhood);
    }

    /**
     * The grid panel: every cell with any fatality row, and the eight cells around each of them, observed from {@code
     * firstPeriod} to their country's end. A cell on a border belongs to the country with the most fatalities in it
     * (the first code in order on a tie); a neighbour cell without rows to the country of the first cell it borders
     * (cells in gid order). The country series come from {@code countryRows}.
     */
    public static ConflictPanel grid(
            List<UnitMonth> cellRows,
            List<UnitMonth> countryRows,
            int firstPeriod,
            Map<String, Integer> observedUntil,
            ConflictNeighbourhood neighbourhood) {
        Map<Integer, Map<String, Double>> weight = new TreeMap<>();
        for (UnitMonth r : cellRows) {
            weight.computeIfAbsent(Integer.parseInt(r.unit()), g -> new TreeMap<>())
                    .merge(r.country(), r.stateBased() + r.other() + 1e-9, Double::sum);
        }
        Map<Integer, String> cellCountry = new TreeMap<>();
        weight.forEach((gid, byCountry) -> cellCountry.put(
                gid,
                byCountry.entrySet().stream()
                        .max(Map.Entry.<String, Double>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey()));
        Map<Integer, String> all = new TreeMap<>(cellCountry);
        cellCountry.forEach((gid, iso) -> {
            for (int n : GridCells.ring(gid, 1)) {
                all.putIfAbsent(n, iso);
            }
        });
        List<String> units = new ArrayList<>();
        String[] country = new String[all.size()];
        int[] gids = new int[all.size()];
        Map<Integer, Integer> indexOfGid = new HashMap<>();
        all.forEach((gid, iso) -> {
            indexOfGid.put(gid, units.size());
            country[units.size()] = iso;
            gids[units.size()] = gid;
            units.add(Integer.toString(gid));
        });
        ConflictPanel countries = countries(countryRows, firstPeriod, observedUntil, neighbourhood);
        int[] last = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            last[u] = countries.countryIndex.containsKey(country[u])
                    ? countries.lastObserved[countries.countryIndex.get(country[u])]
                    : firstPeriod - 1;
        }
        int length = Math.max(countries.length(), Arrays.stream(last).max().orElse(firstPeriod) - firstPeriod + 1);
        float[][] target = new float[units.size()][length];
        float[][] other = new float[units.size()][length];
        fill(cellRows, r -> indexOfGid.get(Integer.parseInt(r.unit())), firstPeriod, target, other);
        int[][] ring1 = new int[units.size()][];
        int[][] ring2 = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            ring1[u] = inPanel(GridCells.ring(gids[u], 1), indexOfGid);
            ring2[u] = inPanel(GridCells.ring(gids[u], 2), indexOfGid);
        }
        return new ConflictPanel(
                UnitLevel.GRID,
                units,
                country,
                firstPeriod,
                target,
                other,
                last,
                ring1,
                ring2,
                countries.countryIndex,
                pad(countries.target, length),
                neighbourhood);
    }

    /** The copy of this panel holding only observations up to and including {@code cutoff}. */
    public ConflictPanel until(int cutoff) {
        int length = Math.max(0, Math.min(length(), cutoff - first + 1));
        int[] last = new int[lastObserved.length];
        for (int u = 0; u < last.length; u++) {
            last[u] = Math.min(lastObserved[u], cutoff);
        }
        float[][] cut = truncate(target, length);
        return new ConflictPanel(
                level,
                units,
                country,
                first,
                cut,
                truncate(other, length),
                last,
                ring1,
                ring2,
                countryIndex,
                level == UnitLevel.COUNTRY ? cut : truncate(countryTarget, length),
                neighbourhood);
    }

    /** State-based fatalities of a unit in a period; zero before the first period. */
    public double value(int unit, int period) {
        return read(target, unit, period);
    }

    /** Non-state and one-sided violence fatalities of a unit in a period. */
    public double otherValue(int unit, int period) {
        return read(other, unit, period);
    }

    /** State-based fatalities of a country in a period (0 for a country without rows). */
    public double countryValue(String iso3, int period) {
        Integer c = countryIndex.get(iso3);
        return c == null ? 0.0 : read(countryTarget, c, period);
    }

    /** Whether the unit is observed in the period: from the panel's start to its country's last observed month. */
    public boolean isObserved(int unit, int period) {
        return period <= lastObserved[unit];
    }

    public int lastObserved(int unit) {
        return lastObserved[unit];
    }

    public UnitLevel level() {
        return level;
    }

    public List<String> units() {
        return units;
    }

    public String countryOf(int unit) {
        return country[unit];
    }

    public int[] ring1(int unit) {
        return ring1[unit];
    }

    public int[] ring2(int unit) {
        return ring2[unit];
    }

    public int firstPeriod() {
        return first;
    }

    /** The last period any unit is observed in. */
    public int lastPeriod() {
        return first + length() - 1;
    }

    public ConflictNeighbourhood neighbourhood() {
        return neighbourhood;
    }

    int length() {
        return target.length == 0 ? 0 : target[0].length;
    }

    private double read(float[][] series, int unit, int period) {
        if (period > lastPeriod()) {
            throw new ObservationBeyondCutoffException(
                    units.get(unit), Cadence.MONTHLY.label(period), Cadence.MONTHLY.label(lastPeriod()));
        }
        return period < first ? 0.0 : series[unit][period - first];
    }

    private static Map<String, Integer> indexOf(List<String> units) {
        Map<String, Integer> index = new HashMap<>();
        units.forEach(u -> index.put(u, index.size()));
        return index;
    }

    private static int[] lastObserved(
            List<String> units, String[] country, List<UnitMonth> rows, Map<String, Integer> observedUntil) {
        Map<String, Integer> lastRow = new HashMap<>();
        rows.forEach(r -> lastRow.merge(r.country(), r.period(), Math::max));
        int[] last = new int[units.size()];
        for (int u = 0; u < last.length; u++) {
            last[u] = observedUntil.getOrDefault(country[u], lastRow.getOrDefault(country[u], Integer.MIN_VALUE / 2));
        }
        return last;
    }

    private static void fill(
            List<UnitMonth> rows,
            java.util.function.Function<UnitMonth, Integer> unit,
            int first,
            float[][] target,
            float[][] other) {
        for (UnitMonth r : rows) {
            Integer u = unit.apply(r);
            int t = r.period() - first;
            if (u != null && t >= 0 && t < target[u].length) {
                target[u][t] += (float) r.stateBased();
                other[u][t] += (float) r.other();
            }
        }
    }

    private static int[] inPanel(int[] gids, Map<Integer, Integer> index) {
        return Arrays.stream(gids)
                .filter(index::containsKey)
                .map(index::get)
                .sorted()
                .toArray();
    }

    private static float[][] truncate(float[][] series, int length) {
        float[][] out = new float[series.length][];
        for (int u = 0; u < series.length; u++) {
            out[u] = Arrays.copyOf(series[u], length);
        }
        return out;
    }

    private static float[][] pad(float[][] series, int length) {
        return truncate(series, length);
    }
}
