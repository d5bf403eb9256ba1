package org.gsi.earlywarning.internal.ingest;

import static org.gsi.earlywarning.internal.ingest.FieldValues.optional;
import static org.gsi.earlywarning.internal.ingest.FieldValues.required;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
    /** ACLED time_precision: 1 day, 2 week, 3 month. */
    private static final Map<String, DatePrecision> PRECISIONS =
            Map.of("1", DatePrecision.DAY, "2", DatePrecision.WEEK, "3", DatePrecision.MONTH);

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DASHED_LONG_DATE =
            DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH);

    private final CountryCodes countries;
    private final String sourceVersion;
    private final ContentHasher hasher = new ContentHasher();
    private final RowNotes notes = new RowNotes();
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
            CsvRows.deliver(sink, line, notes, () -> event(record));
        });
    }

    private static HeaderIndex header(CSVRecord record) {
        return HeaderIndex.requiring(
                record,
                REQUIRED,
                missing ->
                        HeaderIndex.missingColumns(Message.of("earlywarning.refused.layout.acled"), missing, record));
    }

    private Event event(CSVRecord r) {
        columns.checkWidth(r);
        String raw = CsvRows.text(r);
        Place place = new Place(
                CountryField.of(
                        "iso",
                        columns.get(r, "iso"),
                        countries::fromIsoNumeric,
                        code -> Optional.empty(),
                        columns.get(r, "country"),
                        countries,
                        notes),
                optional(columns.get(r, "admin1")),
                optional(columns.get(r, "admin2")),
                optional(columns.get(r, "location")),
                FieldValues.coordinates(columns.get(r, "latitude"), columns.get(r, "longitude"), notes));
        String eventType = optional(columns.get(r, "event_type"));
        String subEventType = optional(columns.get(r, "sub_event_type"));
        Optional<EventCategory> category = CategoryMapping.acled(eventType, subEventType);
        if (category.isEmpty()) {
            notes.warn("event_type", RowWarning.Kind.CATEGORY_UNKNOWN, eventType + " / " + subEventType);
        }
        return new Event(
                EventSource.ACLED,
                required("event_id_cnty", columns.get(r, "event_id_cnty")),
                version(r),
                date(columns.get(r, "event_date")),
                FieldValues.precision("time_precision", columns.get(r, "time_precision"), PRECISIONS, notes),
                place,
                optional(columns.get(r, "actor1")),
                optional(columns.get(r, "actor2")),
                category.orElse(EventCategory.UNCLASSIFIED),
                Optional.empty(),
                FieldValues.deaths("fatalities", columns.get(r, "fatalities"), notes)
                        .map(Fatalities::exactly),
                raw,
                hasher.hash(raw));
    }

    /** ACLED's own last-modified timestamp when present, otherwise the version given for the import. */
    private String version(CSVRecord r) {
        String timestamp = optional(columns.get(r, "timestamp"));
        return timestamp.isEmpty() ? sourceVersion : timestamp;
    }

    static LocalDate date(String value) {
        String text = required("event_date", value);
        try {
            if (Character.isDigit(text.charAt(0)) && text.length() == 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text);
            }
            return LocalDate.parse(text, text.indexOf('-') > 0 ? DASHED_LONG_DATE : LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(RejectedRow.Kind.DATE_NOT_ISO_NOR_LONG, "event_date", text);
        }
    }
}
