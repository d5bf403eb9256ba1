package org.gsi.earlywarning.internal.ingest;

import static org.gsi.earlywarning.internal.ingest.FieldValues.integer;
import static org.gsi.earlywarning.internal.ingest.FieldValues.optional;
import static org.gsi.earlywarning.internal.ingest.FieldValues.required;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.Place;

/**
 * ACLED export CSV, read by column name: the current layout (first column {@code event_id_cnty}) and the pre-2023
 * layout (first columns {@code data_id, iso, event_id_cnty, event_id_no_cnty}). Dates come as {@code 2023-01-15} or
 * {@code 15 January 2023}; notes may hold quoted line breaks; the country is the numeric ISO 3166 code.
 */
final class AcledParser implements EventParser {

    private static final List<String> REQUIRED = List.of(
            "event_id_cnty",
            "event_date",
            "event_type",
            "sub_event_type",
            "iso|country",
            "latitude",
            "longitude",
            "fatalities");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DASHED_LONG_DATE =
            DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH);

    private final CountryCodes countries;
    private final String sourceVersion;
    private final ContentHasher hasher = new ContentHasher();
    private HeaderIndex columns;

    AcledParser(CountryCodes countries, String sourceVersion) {
        this.countries = countries;
        this.sourceVersion = sourceVersion;
    }

    @Override
    public void parse(Reader reader, EventSink sink) {
        columns = null;
        CsvRows.forEach(reader, (line, record) -> {
            if (columns == null) {
                columns = header(record);
                return;
            }
            CsvRows.deliver(sink, line, () -> event(record));
        });
    }

    private static HeaderIndex header(CSVRecord record) {
        return HeaderIndex.requiring(record, REQUIRED, missing -> HeaderIndex.missingColumns("ACLED", missing, record));
    }

    private Event event(CSVRecord r) {
        columns.checkWidth(r);
        String raw = CsvRows.text(r);
        Place place = new Place(
                country(columns.get(r, "iso"), columns.get(r, "country")),
                optional(columns.get(r, "admin1")),
                optional(columns.get(r, "admin2")),
                optional(columns.get(r, "location")),
                FieldValues.coordinates(columns.get(r, "latitude"), columns.get(r, "longitude")));
        int deaths = integer("fatalities", columns.get(r, "fatalities"));
        if (deaths < 0) {
            throw new RowRejectedException("fatalities " + deaths + " is negative");
        }
        return new Event(
                EventSource.ACLED,
                required("event_id_cnty", columns.get(r, "event_id_cnty")),
                version(r),
                date(columns.get(r, "event_date")),
                precision(columns.get(r, "time_precision")),
                place,
                optional(columns.get(r, "actor1")),
                optional(columns.get(r, "actor2")),
                CategoryMapping.acled(columns.get(r, "event_type"), columns.get(r, "sub_event_type")),
                Optional.empty(),
                Optional.of(Fatalities.exactly(deaths)),
                raw,
                hasher.hash(raw));
    }

    /** ACLED's own last-modified timestamp when present, otherwise the version given for the import. */
    private String version(CSVRecord r) {
        String timestamp = optional(columns.get(r, "timestamp"));
        return timestamp.isEmpty() ? sourceVersion : timestamp;
    }

    /** The country of the ISO numeric code (0 is Kosovo); where the code is missing or unknown, of its name. */
    private String country(String code, String name) {
        Optional<Integer> number = optional(code).isEmpty() ? Optional.empty() : Optional.of(integer("iso", code));
        return number.flatMap(countries::fromIsoNumeric)
                .or(() -> countries.fromName(name))
                .orElseThrow(
                        () -> new RowRejectedException(number.map(n -> "unknown ISO 3166 numeric country code " + n)
                                        .orElse("iso is empty")
                                + (optional(name).isEmpty()
                                        ? ""
                                        : " and country '" + optional(name) + "' is not a known name")));
    }

    static LocalDate date(String value) {
        String text = required("event_date", value);
        try {
            if (Character.isDigit(text.charAt(0)) && text.length() == 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text);
            }
            return LocalDate.parse(text, text.indexOf('-') > 0 ? DASHED_LONG_DATE : LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(
                    "event_date '" + text + "' is neither yyyy-mm-dd nor 'd Month yyyy' (e.g. 15 January 2023)");
        }
    }

    /** ACLED time_precision: 1 day, 2 week, 3 month. */
    private static DatePrecision precision(String value) {
        if (optional(value).isEmpty()) {
            return DatePrecision.UNKNOWN;
        }
        return switch (integer("time_precision", value)) {
            case 1 -> DatePrecision.DAY;
            case 2 -> DatePrecision.WEEK;
            case 3 -> DatePrecision.MONTH;
            default -> throw new RowRejectedException("time_precision '" + value + "' is not 1, 2 or 3");
        };
    }
}
