package org.gsi.earlywarning.internal.ingest;

import static org.gsi.earlywarning.internal.ingest.FieldValues.optional;
import static org.gsi.earlywarning.internal.ingest.FieldValues.required;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.Place;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.platform.Message;

/**
 * Incident reports entered by parties, as CSV with this header (the order may vary, extra columns are kept in the
 * raw row only):
 *
 * <pre>
 * report_id,category,occurred_on,date_precision,country,admin1,admin2,location,latitude,longitude,
 * actor1,actor2,fatalities,reported_by,description
 * </pre>
 *
 * {@code category} is one of {@code piracy}, {@code terrorist-attack}, {@code cyber-incident},
 * {@code disease-outbreak}; {@code occurred_on} is {@code yyyy-mm-dd}; {@code date_precision} is {@code day}
 * (default), {@code week}, {@code month} or {@code year}; {@code country} is ISO 3166-1 alpha-3; latitude, longitude
 * and fatalities may be empty (piracy at sea names the coastal state whose waters or region it concerns). A template
 * ships as {@code earlywarning/incident-reports-template.csv}.
 */
final class IncidentReportParser implements EventParser {

    private static final Map<String, DatePrecision> PRECISIONS = Map.of(
            "day", DatePrecision.DAY,
            "week", DatePrecision.WEEK,
            "month", DatePrecision.MONTH,
            "year", DatePrecision.YEAR);

    static final List<String> REQUIRED = List.of("report_id", "category", "occurred_on", "country");

    private final CountryCodes countries;
    private final String sourceVersion;
    private final ContentHasher hasher = new ContentHasher();
    private final RowNotes notes = new RowNotes();
    private HeaderIndex columns;

    IncidentReportParser(CountryCodes countries, String sourceVersion) {
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
            CsvRows.deliver(sink, line, notes, () -> event(record));
        });
    }

    private static HeaderIndex header(CSVRecord record) {
        return HeaderIndex.requiring(
                record,
                REQUIRED,
                missing -> HeaderIndex.missingColumns(
                        Message.of("earlywarning.refused.layout.incidents"), missing, record));
    }

    private Event event(CSVRecord r) {
        columns.checkWidth(r);
        String raw = CsvRows.text(r);
        Place place = new Place(
                country(columns.get(r, "country")),
                optional(columns.get(r, "admin1")),
                optional(columns.get(r, "admin2")),
                optional(columns.get(r, "location")),
                FieldValues.coordinates(columns.get(r, "latitude"), columns.get(r, "longitude"), notes));
        String category = optional(columns.get(r, "category"));
        Optional<EventCategory> mapped = CategoryMapping.incident(category);
        if (mapped.isEmpty()) {
            notes.warn("category", RowWarning.Kind.CATEGORY_UNKNOWN, category);
        }
        String precision = columns.get(r, "date_precision");
        return new Event(
                EventSource.INCIDENTS,
                required("report_id", columns.get(r, "report_id")),
                sourceVersion,
                date(columns.get(r, "occurred_on")),
                optional(precision).isEmpty()
                        ? DatePrecision.DAY
                        : FieldValues.precision("date_precision", precision, PRECISIONS, notes),
                place,
                optional(columns.get(r, "actor1")),
                optional(columns.get(r, "actor2")),
                mapped.orElse(EventCategory.UNCLASSIFIED),
                Optional.empty(),
                FieldValues.deaths("fatalities", columns.get(r, "fatalities"), notes)
                        .map(Fatalities::exactly),
                raw,
                hasher.hash(raw));
    }

    private String country(String value) {
        String text = required("country", value);
        String code = text.toUpperCase(Locale.ROOT);
        if (!countries.isKnownAlpha3(code)) {
            throw new RowRejectedException(RejectedRow.Kind.ALPHA3_UNKNOWN, text);
        }
        return code;
    }

    private static LocalDate date(String value) {
        String text = required("occurred_on", value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(RejectedRow.Kind.DATE_NOT_ISO, "occurred_on", text);
        }
    }
}
