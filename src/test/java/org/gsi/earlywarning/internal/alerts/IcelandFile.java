package org.gsi.earlywarning.internal.alerts;

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
 * A small UCDP GED file for a country no other test uses (Iceland, Gleditsch-Ward 395): one state-based event per
 * month with the given fatalities, from {@code first}. Built from a row of the shipped CAR extract.
 */
final class IcelandFile {

    private IcelandFile() {}

    static byte[] monthly(YearMonth first, long firstId, int... fatalities) {
        try (InputStream in =
                Objects.requireNonNull(IcelandFile.class.getResourceAsStream("/earlywarning/ged-v23_1-car-120.csv"))) {
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
                    printer.printRecord(row(template, header, firstId + i, first.plusMonths(i), fatalities[i]));
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(CSVRecord template, List<String> header, long id, YearMonth month, int deaths) {
        List<String> values = new ArrayList<>(template.toList());
        set(values, header, "id", Long.toString(id));
        set(values, header, "year", Integer.toString(month.getYear()));
        set(values, header, "type_of_violence", "1");
        set(values, header, "country", "Iceland");
        set(values, header, "country_id", "395");
        set(values, header, "region", "Europe");
        set(values, header, "adm_1", "Capital Region");
        set(values, header, "latitude", "64.1");
        set(values, header, "longitude", "-21.9");
        set(values, header, "geom_wkt", "POINT (-21.9 64.1)");
        set(values, header, "priogrid_gid", "222077");
        set(values, header, "date_start", month.atDay(10).toString());
        set(values, header, "date_end", month.atDay(10).toString());
        for (String c : List.of("best", "low", "high")) {
            set(values, header, c, Integer.toString(deaths));
        }
        return values;
    }

    private static void set(List<String> values, List<String> header, String column, String value) {
        int i = header.indexOf(column);
        if (i >= 0) {
            values.set(i, value);
        }
    }
}
