package org.gsi.earlywarning.internal.forecasts.models;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the country-year conflict-incidence panel: units are Gleditsch-Ward states (gw_states.csv),
 * active in the years they existed (a state list ending on its release date, 2017-12-31, is taken as
 * still existing); a state-year is 1 when the state is a primary party (gwno_a or gwno_b) to at
 * least one conflict-year of the UCDP/PRIO Armed Conflict Dataset, else 0. Neighbours are states
 * with direct contiguity by land or across at most 12 miles of water (COW conttype 1-2) at any time,
 * with COW codes translated to GW codes where they differ.
 */
public final class AcdPanelReader {

    private static final String STATE_LIST_RELEASE = "2017-12-31";
    private static final int MAX_CONTIGUITY_TYPE = 2;
    private static final Map<Integer, List<Integer>> COW_TO_GW =
            Map.of(255, List.of(260), 679, List.of(678), 345, List.of(345, 340));

    public Panel read(Reader conflicts, Reader states, Reader contiguity, int firstYear, int lastYear) {
        Map<Integer, int[]> existence = states(states, lastYear);
        List<String> units = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        existence.forEach((gw, span) -> {
            if (span[1] >= firstYear && span[0] <= lastYear) {
                index.put(gw, units.size());
                units.add(Integer.toString(gw));
            }
        });
        int length = lastYear - firstYear + 1;
        double[][] values = new double[units.size()][length];
        boolean[][] active = new boolean[units.size()][length];
        index.forEach((gw, u) -> {
            for (int y = firstYear; y <= lastYear; y++) {
                active[u][y - firstYear] =
                        y >= existence.get(gw)[0] && y <= existence.get(gw)[1];
            }
        });
        for (CSVRecord row : parse(conflicts)) {
            int year = Integer.parseInt(row.get("year"));
            if (year < firstYear || year > lastYear) {
                continue;
            }
            for (int gw : codes(row.get("gwno_a") + "," + row.get("gwno_b"))) {
                Integer u = index.get(gw);
                if (u != null) {
                    values[u][year - firstYear] = 1.0;
                }
            }
        }
        Panel panel = Panel.of(Cadence.YEARLY, units, firstYear, values).withActivity(active);
        return panel.withNeighbours(neighbours(contiguity, index));
    }

    private static Map<Integer, int[]> states(Reader source, int lastYear) {
        Map<Integer, int[]> spans = new LinkedHashMap<>();
        for (CSVRecord row : parse(source)) {
            int gw = Integer.parseInt(row.get("gwcode"));
            int start = Integer.parseInt(row.get("startdate").substring(0, 4));
            String endDate = row.get("enddate");
            int end = STATE_LIST_RELEASE.equals(endDate) ? lastYear : Integer.parseInt(endDate.substring(0, 4));
            int[] span = spans.get(gw);
            spans.put(
                    gw,
                    span == null
                            ? new int[] {start, end}
                            : new int[] {Math.min(span[0], start), Math.max(span[1], end)});
        }
        return spans;
    }

    private static Map<Integer, int[]> neighbours(Reader source, Map<Integer, Integer> index) {
        Map<Integer, Set<Integer>> sets = new HashMap<>();
        for (CSVRecord row : parse(source)) {
            if (Integer.parseInt(row.get("conttype")) > MAX_CONTIGUITY_TYPE) {
                continue;
            }
            for (int a : gw(Integer.parseInt(row.get("ccode1")))) {
                for (int b : gw(Integer.parseInt(row.get("ccode2")))) {
                    if (index.containsKey(a) && index.containsKey(b) && a != b) {
                        sets.computeIfAbsent(index.get(a), k -> new HashSet<>()).add(index.get(b));
                        sets.computeIfAbsent(index.get(b), k -> new HashSet<>()).add(index.get(a));
                    }
                }
            }
        }
        Map<Integer, int[]> out = new HashMap<>();
        sets.forEach((u, s) ->
                out.put(u, s.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return out;
    }

    private static List<Integer> gw(int cow) {
        return COW_TO_GW.getOrDefault(cow, List.of(cow));
    }

    private static Set<Integer> codes(String field) {
        Set<Integer> codes = new HashSet<>();
        for (String part : field.split(",")) {
            if (!part.isBlank()) {
                codes.add(Integer.parseInt(part.trim()));
            }
        }
        return codes;
    }

    private static Iterable<CSVRecord> parse(Reader source) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a conflict data file", e);
        }
    }
}
