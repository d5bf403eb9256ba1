package org.gsi.earlywarning.internal.ingest;

import static org.gsi.earlywarning.internal.ingest.FieldValues.integer;
import static org.gsi.earlywarning.internal.ingest.FieldValues.optional;
import static org.gsi.earlywarning.internal.ingest.FieldValues.required;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.Place;

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
            CsvRows.deliver(sink, line, () -> event(record));
        });
    }

    private static HeaderIndex header(CSVRecord record) {
        return HeaderIndex.requiring(
                record, REQUIRED, missing -> HeaderIndex.missingColumns("UCDP GED", missing, record));
    }

    private Event event(CSVRecord r) {
        columns.checkWidth(r);
        String raw = CsvRows.text(r);
        Optional<Coordinates> point = FieldValues.coordinates(columns.get(r, "latitude"), columns.get(r, "longitude"));
        Place place = new Place(
                country(columns.get(r, "country_id"), columns.get(r, "country")),
                optional(columns.get(r, "adm_1")),
                optional(columns.get(r, "adm_2")),
                optional(columns.get(r, "where_coordinates")),
                point,
                cell(columns.get(r, "priogrid_gid")));
        return new Event(
                EventSource.UCDP_GED,
                required("id", columns.get(r, "id")),
                sourceVersion,
                date(columns.get(r, "date_start")),
                precision(columns.get(r, "date_prec")),
                place,
                optional(columns.get(r, "side_a")),
                optional(columns.get(r, "side_b")),
                CategoryMapping.ucdpTypeOfViolence(integer("type_of_violence", columns.get(r, "type_of_violence"))),
                Optional.empty(),
                Optional.of(fatalities(r)),
                raw,
                hasher.hash(raw));
    }

    /** The country of the Gleditsch-Ward code; where the code is missing or unknown, of the country's name. */
    private String country(String code, String name) {
        Optional<Integer> number =
                optional(code).isEmpty() ? Optional.empty() : Optional.of(integer("country_id", code));
        Optional<String> iso3 = number.flatMap(countries::fromGleditschWard);
        if (iso3.isPresent()) {
            return iso3.get();
        }
        return countries
                .fromName(name)
                .orElseThrow(() -> new RowRejectedException(number.map(n -> countries
                                        .gleditschWardStateName(n)
                                        .map(state -> "Gleditsch-Ward country_id " + n + " (" + state
                                                + ") has no ISO 3166 alpha-3 code")
                                        .orElse("unknown Gleditsch-Ward country_id " + n))
                                .orElse("country_id is empty")
                        + (optional(name).isEmpty()
                                ? ""
                                : " and country '" + optional(name) + "' is not a known name")));
    }

    /** The PRIO-GRID cell the row states, when it states a valid one. */
    private static Optional<Integer> cell(String value) {
        String text = optional(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int gid = Integer.parseInt(text);
            return gid >= 1 && gid <= Place.LAST_CELL ? Optional.of(gid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String value) {
        String text = required("date_start", value);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException("date_start '" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** UCDP date_prec: 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 year. */
    private static DatePrecision precision(String value) {
        if (optional(value).isEmpty()) {
            return DatePrecision.UNKNOWN;
        }
        return switch (integer("date_prec", value)) {
            case 1 -> DatePrecision.DAY;
            case 2, 3 -> DatePrecision.WEEK;
            case 4 -> DatePrecision.MONTH;
            case 5 -> DatePrecision.YEAR;
            default -> throw new RowRejectedException("date_prec '" + value + "' is not 1 to 5");
        };
    }

    private Fatalities fatalities(CSVRecord r) {
        int best = integer("best", columns.get(r, "best", "best_est"));
        String low = columns.get(r, "low", "low_est");
        String high = columns.get(r, "high", "high_est");
        try {
            return new Fatalities(
                    best,
                    optional(low).isEmpty() ? best : integer("low", low),
                    optional(high).isEmpty() ? best : integer("high", high));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(e.getMessage());
        }
    }
}
