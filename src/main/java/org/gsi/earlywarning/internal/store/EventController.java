package org.gsi.earlywarning.internal.store;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.earlywarning.internal.indicators.IndicatorQueries;
import org.gsi.platform.CsvDownloads;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.PartyNames;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored events and monthly indicators: public reads, with CSV exports. */
@RestController
@Tag(name = "Events and indicators", description = "Stored events and monthly indicators per country, admin1, grid")
class EventController {

    private final EventQueries events;
    private final IndicatorQueries indicators;
    private final Registry registry;
    private final EventPoints points;
    private final CsvDownloads downloads;
    private final PartyNames partyNames;

    EventController(
            EventQueries events,
            IndicatorQueries indicators,
            Registry registry,
            EventPoints points,
            CsvDownloads downloads,
            PartyNames partyNames) {
        this.events = events;
        this.indicators = indicators;
        this.registry = registry;
        this.points = points;
        this.downloads = downloads;
        this.partyNames = partyNames;
    }

    @GetMapping("/api/v1/events")
    @Operation(
            summary = "Stored events, newest first, filtered by country (ISO alpha-3), admin1, source, category"
                    + " and date range; sort=date|country (and fatalities with a country), dir=asc|desc")
    PageView<EventQueries.EventView> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String admin1,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageView.checkPaging(page, size);
        var filter = new EventQueries.EventFilter(country, admin1, source, category, from, to);
        return events.list(filter, EventOrder.of(sort, dir, filter.country() != null), page, size, Long.MAX_VALUE);
    }

    @GetMapping("/api/v1/events/points")
    @Operation(
            summary = "Events with coordinates of 1 to 20 countries (comma-separated ISO alpha-3), clustered into"
                    + " square cells of 'cell' degrees: at most 2,000 clusters, the largest first; months from..to"
                    + " (YYYY-MM, default the 36 months up to the latest month with events)")
    EventPoints.Clusters points(
            @RequestParam String country,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0.5") double cell) {
        YearMonth last = month("to", to).orElseGet(() -> events.latestMonth().orElse(YearMonth.now()));
        YearMonth first = month("from", from).orElse(last.minusMonths(35));
        List<String> countries =
                Arrays.stream(country.split(",")).filter(c -> !c.isBlank()).toList();
        return points.clusters(countries, first, last, cell);
    }

    @GetMapping(value = "/api/v1/events/export.csv", produces = "text/csv")
    @Operation(
            summary = "The same events as CSV, oldest first, with country names; with lang, names and column headings"
                    + " in that language and a byte order mark for spreadsheet programs")
    void export(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String admin1,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String lang,
            HttpServletResponse response)
            throws IOException {
        EventQueries.EventFilter filter = new EventQueries.EventFilter(country, admin1, source, category, from, to);
        events.export(
                filter, downloads.open(response, "events.csv", lang, EventQueries.EXPORT_COLUMNS), partyNames.in(lang));
    }

    @GetMapping("/api/v1/indicators")
    @Operation(
            summary = "Monthly indicators per unit (unit=country|admin1|grid), optionally for one country, unit"
                    + " (e.g. CAF/Vakaga or 137213) or category, months from..to as YYYY-MM (without them each unit's"
                    + " own months, from its first to its last); units without events in a month have no row")
    PageView<IndicatorQueries.IndicatorRow> indicators(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        PageView.checkPaging(page, size);
        return indicators.list(query(unit, country, id, category, from, to), page, size);
    }

    @GetMapping(value = "/api/v1/indicators/export.csv", produces = "text/csv")
    @Operation(
            summary = "The same indicators as CSV, with country names; with lang, names and column headings in that"
                    + " language and a byte order mark")
    void exportIndicators(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang,
            HttpServletResponse response)
            throws IOException {
        IndicatorQueries.IndicatorQuery q = query(unit, country, id, category, from, to);
        indicators.export(
                q,
                downloads.open(response, "indicators.csv", lang, IndicatorQueries.EXPORT_COLUMNS),
                partyNames.in(lang));
    }

    /** One country's value on the map. */
    record CountryValue(String iso3, String name, long value) {}

    @GetMapping("/api/v1/indicators/map")
    @Operation(
            summary = "Per country (keyed by M49 code, as the map's features), the sum of 'events' or"
                    + " 'fatalities' over the months from..to")
    Map<String, Object> map(
            @RequestParam(defaultValue = "fatalities") String metric,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        YearMonth last = month("to", to).orElseGet(() -> events.latestMonth().orElse(YearMonth.now()));
        YearMonth first = month("from", from).orElse(last.minusMonths(11));
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, CountryValue> values = new LinkedHashMap<>();
        indicators
                .countryTotals(metric, first, last)
                .forEach((iso3, value) -> registry.find(iso3)
                        .filter(p -> p.m49() != null)
                        .ifPresent(p -> values.put(p.m49(), new CountryValue(iso3, p.name(language), value))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("from", first.toString());
        body.put("to", last.toString());
        body.put("countries", values);
        return body;
    }

    private IndicatorQueries.IndicatorQuery query(
            String unit, String country, String id, String category, String from, String to) {
        YearMonth last = month("to", to).orElse(null);
        YearMonth first = month("from", from).orElse(null);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidInputException("from", Message.of("earlywarning.refused.fromAfterTo"));
        }
        return new IndicatorQueries.IndicatorQuery(IndicatorQueries.level(unit), country, id, category, first, last);
    }

    static java.util.Optional<YearMonth> month(String field, String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Message.of("earlywarning.refused.month"));
        }
    }
}
