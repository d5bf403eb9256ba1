package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.EventSource;

/** Tells the layout of an event file from its first line (byte order mark already removed). */
final class FormatDetector {

    /** Column names that only UCDP GED headers have; one is enough to tell the layout. */
    private static final List<String> UCDP_COLUMNS =
            List.of("type_of_violence", "date_start", "priogrid_gid", "country_id", "where_prec", "best_est");

    private FormatDetector() {}

    static EventSource detect(String firstLine) {
        int tabs = count(firstLine, '\t');
        if (tabs == 56 || tabs == 57) {
            return EventSource.GDELT1;
        }
        if (tabs == 60) {
            return EventSource.GDELT2;
        }
        String start = firstLine.replace("\"", "").trim().toLowerCase(Locale.ROOT);
        if (start.startsWith("event_id_cnty,") || start.startsWith("data_id,")) {
            return EventSource.ACLED;
        }
        if (start.startsWith("report_id,")) {
            return EventSource.INCIDENTS;
        }
        if (start.startsWith("id,") && UCDP_COLUMNS.stream().anyMatch(start::contains)) {
            // also a reduced extract that lacks some needed column: the header check then names what is missing
            return EventSource.UCDP_GED;
        }
        if (isHeaderlessGed(firstLine)) {
            return EventSource.UCDP_GED;
        }
        throw UnrecognisedFormatException.forFirstLine(firstLine);
    }

    private static boolean isHeaderlessGed(String line) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            CSVRecord first = parser.iterator().next();
            return first.size() == UcdpGedParser.STANDARD_COLUMNS.size()
                    && first.get(0).matches("\\d+");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
