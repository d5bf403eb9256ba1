package org.gsi.earlywarning.internal.forecasts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Small UCDP GED files in the 49-column layout, built from a row of the shipped CAR extract: one state-based event
 * per given month, in a country, admin1 and point of the test's choosing.
 */
final class UcdpFile {

    /** One event: its id, month, place and best estimate. */
    record Row(long id, YearMonth month, String admin1, double latitude, double longitude, int deaths) {}

    private final String country;
    private final int gleditschWard;
    private final List<Row> rows = new ArrayList<>();

    UcdpFile(String country, int gleditschWard) {
        this.country = country;
        this.gleditschWard = gleditschWard;
    }

    UcdpFile add(long id, YearMonth month, String admin1, double latitude, double longitude, int deaths) {
        rows.add(new Row(id, month, admin1, latitude, longitude, deaths));
        return this;
    }

    byte[] bytes() {
        try (InputStream in =
                Objects.requireNonNull(UcdpFile.class.getResourceAsStream("/earlywarning/ged-v23_1-car-120.csv"))) {
            List<CSVRecord> template = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
            List<String> header = template.get(0).getParser().getHeaderNames();
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                printer.printRecord(header);
                for (Row r : rows) {
                    List<String> values = new ArrayList<>(template.get(0).toList());
                    set(values, header, "id", Long.toString(r.id()));
                    set(values, header, "year", Integer.toString(r.month().getYear()));
                    set(values, header, "type_of_violence", "1");
                    set(values, header, "country", country);
                    set(values, header, "country_id", Integer.toString(gleditschWard));
                    set(values, header, "adm_1", r.admin1());
                    set(values, header, "adm_2", "");
                    set(values, header, "latitude", Double.toString(r.latitude()));
                    set(values, header, "longitude", Double.toString(r.longitude()));
                    set(values, header, "geom_wkt", "POINT (" + r.longitude() + " " + r.latitude() + ")");
                    set(values, header, "priogrid_gid", "");
                    set(values, header, "date_start", r.month().atDay(10).toString());
                    set(values, header, "date_end", r.month().atDay(10).toString());
                    for (String c : List.of("best", "low", "high")) {
                        set(values, header, c, Integer.toString(r.deaths()));
                    }
                    printer.printRecord(values);
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(List<String> values, List<String> header, String column, String value) {
        int i = header.indexOf(column);
        if (i >= 0) {
            values.set(i, value);
        }
    }
}
