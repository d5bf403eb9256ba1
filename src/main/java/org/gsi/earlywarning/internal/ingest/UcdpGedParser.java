package org.gsi.earlywarning.internal.ingest;

import static org.gsi.earlywarning.internal.ingest.FieldValues.optional;
import static org.gsi.earlywarning.internal.ingest.FieldValues.required;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.Place;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.platform.Message;

/**
 * UCDP Georeferenced Event Dataset CSV. A file with a header row is read by column name, which covers the current
 * 49-column layout and older, shorter layouts (including {@code best_est}/{@code low_est}/{@code high_est}); a file
 * without a header (monthly candidate releases) is read in the 49-column order.
 */
final class UcdpGedParser implements EventParser {

    static final List<String> STANDARD_COLUMNS = List.of(
            "id",
            "relid",
            "year",
            "active_year",
            "code_status",
            "type_of_violence",
            "conflict_dset_id",
            "conflict_new_id",
            "conflict_name",
            "dyad_dset_id",
            "dyad_new_id",
            "dyad_name",
            "side_a_dset_id",
            "side_a_new_id",
            "side_a",
            "side_b_dset_id",
            "side_b_new_id",
            "side_b",
            "number_of_sources",
            "source_article",
            "source_office",
            "source_date",
            "source_headline",
            "source_original",
            "where_prec",
            "where_coordinates",
            "where_description",
            "adm_1",
            "adm_2",
            "latitude",
            "longitude",
            "geom_wkt",
            "priogrid_gid",
            "country",
            "country_id",
            "region",
            "event_clarity",
            "date_prec",
            "date_start",
            "date_end",
            "deaths_a",
            "deaths_b",
            "deaths_civilians",
            "deaths_unknown",
            "best",
            "high",
            "low",
            "gwnoa",
            "gwnob");

    /**
     * What a row cannot be placed or classed without; everything else (coordinates, PRIO-GRID cell, admin areas,
     * sides, low and high) is read when the file has it, as reduced extracts carry only some of the columns.
     */
    static final List<String> REQUIRED =
            List.of("id", "date_start", "type_of_violence", "country_id|country", "best|best_est");

    private final CountryCodes countries;
    private final String sourceVersion;
    private final ContentHasher hasher = new ContentHasher();
    private final RowNotes notes = new RowNotes();
    private HeaderIndex columns;

    UcdpGedParser(CountryCodes countries, String sourceVersion) {
        this.countries = countries;
        this.sourceVersion = sourceVersion;
    }

    static boolean isHeader(CSVRecord record) {
        return record.size() > 0 && record.get(0).replace("\uFEFF", "").trim().equalsIgnoreCase("id");
    }

    @Override
    public void parse(Reader reader, EventSink sink) {
        columns = null;
        CsvRows.forEach(reader, (line, record) -> {
            if (columns == null && isHeader(record)) {
                columns = header(record);
                return;
            }
            if (columns == null) {
                columns = HeaderIndex.of(STANDARD_COLUMNS);
            }
            CsvRows.deliver(sink, line, notes, () -> event(record));
        });
    }

    private static HeaderIndex header(CSVRecord record) {
        return HeaderIndex.requiring(
                record,
                REQUIRED,
                missing -> HeaderIndex.missingColumns(
                        Message.of("earlywarning.refused.layout.ucdp-ged"), missing, record));
    }

    private Event event(CSVRecord r) {
        columns.checkWidth(r);
        String raw = CsvRows.text(r);
        Optional<Coordinates> point =
                FieldValues.coordinates(columns.get(r, "latitude"), columns.get(r, "longitude"), notes);
        Place place = new Place(
                CountryField.of(
                        "country_id",
                        columns.get(r, "country_id"),
                        countries::fromGleditschWard,
                        countries::gleditschWardStateName,
                        columns.get(r, "country"),
                        countries,
                        notes),
                optional(columns.get(r, "adm_1")),
                optional(columns.get(r, "adm_2")),
                optional(columns.get(r, "where_coordinates")),
                point,
                cell(columns.get(r, "priogrid_gid"), point));
        return new Event(
                EventSource.UCDP_GED,
                required("id", columns.get(r, "id")),
                sourceVersion,
                date(columns.get(r, "date_start")),
                FieldValues.precision("date_prec", columns.get(r, "date_prec"), PRECISIONS, notes),
                place,
                optional(columns.get(r, "side_a")),
                optional(columns.get(r, "side_b")),
                category(columns.get(r, "type_of_violence")),
                Optional.empty(),
                fatalities(r),
                raw,
                hasher.hash(raw));
    }

    /**
     * The PRIO-GRID cell the row states, when it states one; one that is not a cell is left for the point's, and
     * one that differs from the point's is kept, both with a warning.
     */
    private Optional<Integer> cell(String value, Optional<Coordinates> point) {
        String text = optional(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> computed = point.map(Coordinates::priogridGid);
        int gid;
        try {
            gid = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            gid = 0;
        }
        if (gid < 1 || gid > Place.LAST_CELL) {
            notes.warn(
                    "priogrid_gid",
                    RowWarning.Kind.CELL_INVALID,
                    text,
                    computed.map(String::valueOf).orElse(""));
            return Optional.empty();
        }
        if (computed.isPresent() && computed.get() != gid) {
            notes.warn("priogrid_gid", RowWarning.Kind.CELL_DIFFERS_FROM_POINT, gid, computed.get());
        }
        return Optional.of(gid);
    }

    private EventCategory category(String value) {
        Optional<EventCategory> category = CategoryMapping.ucdpTypeOfViolence(optional(value));
        if (category.isEmpty()) {
            notes.warn("type_of_violence", RowWarning.Kind.CATEGORY_UNKNOWN, optional(value));
        }
        return category.orElse(EventCategory.UNCLASSIFIED);
    }

    private static LocalDate date(String value) {
        String text = required("date_start", value);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(RejectedRow.Kind.DATE_NOT_ISO, "date_start", text);
        }
    }

    /** UCDP date_prec: 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 year. */
    private static final Map<String, DatePrecision> PRECISIONS = Map.of(
            "1", DatePrecision.DAY,
            "2", DatePrecision.WEEK,
            "3", DatePrecision.WEEK,
            "4", DatePrecision.MONTH,
            "5", DatePrecision.YEAR);

    /**
     * Deaths as the row states them, also a best estimate outside its own bounds (with a warning); a bound that is
     * missing or unreadable is taken as the best estimate, and without a readable best estimate there are none.
     */
    private Optional<Fatalities> fatalities(CSVRecord r) {
        Optional<Integer> best = FieldValues.deaths("best", columns.get(r, "best", "best_est"), notes);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int low = FieldValues.deaths("low", columns.get(r, "low", "low_est"), notes)
                .orElse(best.get());
        int high = FieldValues.deaths("high", columns.get(r, "high", "high_est"), notes)
                .orElse(best.get());
        Fatalities stated = new Fatalities(best.get(), low, high);
        if (!stated.withinBounds()) {
            notes.warn("best", RowWarning.Kind.FATALITIES_OUTSIDE_BOUNDS, best.get(), low, high);
        }
        return Optional.of(stated);
    }
}
