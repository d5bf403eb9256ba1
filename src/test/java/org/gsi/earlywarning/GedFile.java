package org.gsi.earlywarning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A small UCDP GED file of one country: one state-based event per month with the given fatalities, from
 * {@code first}, ids from {@code firstId}. Built from a row of the shipped CAR extract.
 */
public final class GedFile {

    /** Where the events happen: the country as UCDP names it, its Gleditsch-Ward number, a place in it. */
    public record Country(
            String name, int gwCode, String region, String admin1, double latitude, double longitude, int gid) {}

    private GedFile() {}

    public static byte[] monthly(Country country, YearMonth first, long firstId, int... fatalities) {
        try (InputStream in =
                Objects.requireNonNull(GedFile.class.getResourceAsStream("/earlywarning/ged-v23_1-car-120.csv"))) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
            CSVRecord template = rows.get(0);
            List<String> header = template.getParser().getHeaderNames();
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                printer.printRecord(header);
                for (int i = 0; i < fatalities.length; i++) {
                    printer.printRecord(
                            row(template, header, country, firstId + i, first.plusMonths(i), fatalities[i]));
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(
            CSVRecord template, List<String> header, Country c, long id, YearMonth month, int deaths) {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("id", Long.toString(id));
        set.put("year", Integer.toString(month.getYear()));
        set.put("type_of_violence", "1");
        set.put("country", c.name());
        set.put("country_id", Integer.toString(c.gwCode()));
        set.put("region", c.region());
        set.put("adm_1", c.admin1());
        set.put("latitude", Double.toString(c.latitude()));
        set.put("longitude", Double.toString(c.longitude()));
        set.put("geom_wkt", "POINT (" + c.longitude() + " " + c.latitude() + ")");
        set.put("priogrid_gid", Integer.toString(c.gid()));
        set.put("date_start", month.atDay(10).toString());
        set.put("date_end", month.atDay(10).toString());
        for (String column : List.of("best", "low", "high")) {
            set.put(column, Integer.toString(deaths));
        }
        List<String> values = new ArrayList<>(template.toList());
        set.forEach((column, value) -> {
            int at = header.indexOf(column);
            if (at >= 0) {
                values.set(at, value);
            }
        });
        return values;
    }
}
