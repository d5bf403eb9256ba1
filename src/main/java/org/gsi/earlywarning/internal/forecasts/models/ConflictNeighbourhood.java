package org.gsi.earlywarning.internal.forecasts.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The conflict neighbourhood of each country from the UCDP/PRIO Armed Conflict Dataset and the COW direct
 * contiguity data: whether a state was a primary party to an armed conflict in a year, and which states border it.
 * Countries are ISO alpha-3 codes; a year is complete only once it has ended, so a month reads the year before its
 * own.
 */
public final class ConflictNeighbourhood {

    private final Panel incidence;
    private final Map<String, Integer> unitOf = new HashMap<>();
    private final Map<String, List<String>> contiguous = new HashMap<>();

    /** From the ACD country-year panel (units are Gleditsch-Ward codes) and a map of codes to ISO alpha-3. */
    public ConflictNeighbourhood(Panel acdIncidence, IntFunction<Optional<String>> iso3OfGleditschWard) {
        this.incidence = acdIncidence;
        List<String> units = acdIncidence.units();
        for (int u = 0; u < units.size(); u++) {
            int gw = Integer.parseInt(units.get(u));
            int index = u;
            iso3OfGleditschWard.apply(gw).ifPresent(iso -> unitOf.putIfAbsent(iso, index));
        }
        for (Map.Entry<String, Integer> e : unitOf.entrySet()) {
            List<String> near = new ArrayList<>();
            for (int n : acdIncidence.neighboursOf(e.getValue())) {
                iso3OfGleditschWard.apply(Integer.parseInt(units.get(n))).ifPresent(near::add);
            }
            contiguous.put(e.getKey(), List.copyOf(near));
        }
    }

    /** A neighbourhood without any conflict or border, for data without the ACD. */
    public static ConflictNeighbourhood none() {
        return new ConflictNeighbourhood(
                Panel.of(Cadence.YEARLY, List.of(), 2000, new double[0][0]), gw -> Optional.empty());
    }

    /** The states sharing a border (by land or across at most 12 miles of water) with a country. */
    public List<String> contiguous(String iso3) {
        return contiguous.getOrDefault(iso3, List.of());
    }

    /** 1 when the country was a primary party to an armed conflict in the year, else 0 (also when unknown). */
    public double inConflict(String iso3, int year) {
        Integer u = unitOf.get(iso3);
        if (u == null || year < incidence.firstPeriod() || year > incidence.lastPeriod()) {
            return 0.0;
        }
        return incidence.value(u, year);
    }

    /** The share of the country's contiguous states in armed conflict in the year (0 without neighbours). */
    public double neighboursInConflict(String iso3, int year) {
        List<String> near = contiguous(iso3);
        if (near.isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (String n : near) {
            sum += inConflict(n, year);
        }
        return sum / near.size();
    }
}
