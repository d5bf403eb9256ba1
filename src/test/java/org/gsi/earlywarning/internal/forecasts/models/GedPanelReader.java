package org.gsi.earlywarning.internal.forecasts.models;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.internal.indicators.UnitLevel;

/**
 * Reads a UCDP GED CSV (standard layout with header) into a monthly panel of state-based fatalities
 * (best estimate of events with type_of_violence 1), dated by the month of date_start. Country units
 * are GED country_id values; admin1 units are "country_id/adm_1", taken from every row of the file
 * so that provinces without state-based violence appear as zeros, and each admin1 unit's neighbours
 * are the other admin1 units of its country. Rows with no adm_1 count only at country level. The
 * panel spans January of the first year to December of the last year in the file.
 */
public final class GedPanelReader {

    static final String STATE_BASED = "1";

    public Panel read(Reader source, UnitLevel level) {
        Map<String, Map<Integer, Double>> fatalities = new HashMap<>();
        TreeSet<String> units = new TreeSet<>();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        try {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(source)) {
                YearMonth month =
                        YearMonth.from(LocalDate.parse(row.get("date_start").substring(0, 10)));
                firstYear = Math.min(firstYear, month.getYear());
                lastYear = Math.max(lastYear, month.getYear());
                String unit = unitOf(row, level);
                if (unit.isEmpty()) {
                    continue;
                }
                units.add(unit);
                if (STATE_BASED.equals(row.get("type_of_violence"))) {
                    fatalities
                            .computeIfAbsent(unit, u -> new TreeMap<>())
                            .merge(Cadence.monthPeriod(month), Double.parseDouble(row.get("best")), Double::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the UCDP GED file", e);
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("the UCDP GED file holds no usable event");
        }
        return toPanel(new ArrayList<>(units), fatalities, firstYear, lastYear, level);
    }

    private static String unitOf(CSVRecord row, UnitLevel level) {
        String country = row.get("country_id").trim();
        if (level == UnitLevel.COUNTRY) {
            return country;
        }
        String admin1 = row.get("adm_1").trim();
        return admin1.isEmpty() ? "" : country + "/" + admin1;
    }

    private static Panel toPanel(
            List<String> units,
            Map<String, Map<Integer, Double>> fatalities,
            int firstYear,
            int lastYear,
            UnitLevel level) {
        int first = Cadence.MONTHLY.firstPeriodOf(firstYear);
        int length = Cadence.MONTHLY.lastPeriodOf(lastYear) - first + 1;
        double[][] values = new double[units.size()][length];
        for (int u = 0; u < units.size(); u++) {
            Map<Integer, Double> series = fatalities.getOrDefault(units.get(u), Map.of());
            for (Map.Entry<Integer, Double> e : series.entrySet()) {
                values[u][e.getKey() - first] = e.getValue();
            }
        }
        Panel panel = Panel.of(Cadence.MONTHLY, units, first, values);
        return level == UnitLevel.ADMIN1 ? panel.withNeighbours(sameCountry(units)) : panel;
    }

    private static Map<Integer, int[]> sameCountry(List<String> units) {
        Map<Integer, int[]> neighbours = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            String country = units.get(u).substring(0, units.get(u).indexOf('/'));
            int self = u;
            int[] others = java.util.stream.IntStream.range(0, units.size())
                    .filter(o -> o != self && units.get(o).startsWith(country + "/"))
                    .toArray();
            neighbours.put(u, others);
        }
        return neighbours;
    }
}
