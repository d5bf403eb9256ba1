package org.gsi.earlywarning.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsi.earlywarning.internal.indicators.IndicatorQueries;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.gsi.earlywarning.internal.ingest.EventImportService;
import org.gsi.earlywarning.internal.situations.SituationService;
import org.gsi.earlywarning.internal.situations.SituationViews.SituationView;
import org.gsi.earlywarning.internal.store.EventQueries;
import org.gsi.platform.Actors;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Pages: overview with the world map, event table, country page, situation page, upload with live progress. */
@Controller
class EarlyWarningPages {

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    private final EventQueries events;
    private final IndicatorQueries indicators;
    private final SituationService situations;
    private final EventImportService imports;
    private final JsonMapper json;
    private final Registry registry;

    EarlyWarningPages(
            EventQueries events,
            IndicatorQueries indicators,
            SituationService situations,
            EventImportService imports,
            JsonMapper json,
            Registry registry) {
        this.events = events;
        this.indicators = indicators;
        this.situations = situations;
        this.imports = imports;
        this.json = json;
        this.registry = registry;
    }

    /** Longest period the indicators map sums over, in months. */
    static final int MAX_PERIOD_MONTHS = 120;

    @GetMapping("/early-warning")
    String overview(
            @RequestParam(defaultValue = "fatalities") String metric,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        String m = metric.equals("events") ? "events" : "fatalities";
        YearMonth last = events.latestMonth().orElse(YearMonth.now());
        YearMonth start = last.minusMonths(11);
        YearMonth end = last;
        Optional<YearMonth> chosenFrom = month(from);
        Optional<YearMonth> chosenTo = month(to);
        boolean typed = present(from) || present(to);
        if (typed) {
            if ((present(from) && chosenFrom.isEmpty()) || (present(to) && chosenTo.isEmpty())) {
                model.addAttribute("periodError", "earlywarning.period.invalid");
            } else {
                YearMonth f =
                        chosenFrom.orElse(chosenTo.map(t -> t.minusMonths(11)).orElse(start));
                YearMonth t =
                        chosenTo.orElse(chosenFrom.map(x -> x.plusMonths(11)).orElse(end));
                if (f.isAfter(t)) {
                    model.addAttribute("periodError", "earlywarning.period.reversed");
                } else if (f.plusMonths(MAX_PERIOD_MONTHS).isBefore(t.plusMonths(1))) {
                    model.addAttribute("periodError", "earlywarning.period.tooLong");
                } else {
                    start = f;
                    end = t;
                }
            }
        }
        model.addAttribute("metric", m);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("typedFrom", typed ? Objects.toString(from, "") : start.toString());
        model.addAttribute("typedTo", typed ? Objects.toString(to, "") : end.toString());
        model.addAttribute("maxMonths", MAX_PERIOD_MONTHS);
        model.addAttribute("situations", situations.search(Actors.readerParty(), null, null, null, 0, 50));
        return "earlywarning/overview";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Optional<YearMonth> month(String s) {
        if (!present(s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(s.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/early-warning/situations/{id}")
    String situation(@PathVariable UUID id, Model model) {
        SituationView s = situations.get(Actors.readerParty(), id);
        YearMonth last = events.latestMonth().orElse(YearMonth.now());
        YearMonth first = last.minusMonths(35);
        Map<String, Object> chart = new LinkedHashMap<>();
        for (String country : s.countries()) {
            chart.put(country, series(country, first, last));
        }
        model.addAttribute("situation", s);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        String country = s.countries().get(0);
        var newest = events.newest(new EventQueries.EventFilter(country, null, null, null, null, null), 25);
        model.addAttribute("events", new PageView<>(newest, 0, 25, newest.size()));
        return "earlywarning/situation";
    }

    @GetMapping("/early-warning/countries/{iso3}")
    String country(@PathVariable String iso3, Model model) {
        if (!ISO3.matcher(iso3).matches()) {
            throw new NotFoundException("country", iso3);
        }
        String code = iso3.toUpperCase(Locale.ROOT);
        String language = LocaleContextHolder.getLocale().getLanguage();
        YearMonth last = indicators
                .latestMonth(UnitLevel.COUNTRY, code)
                .or(events::latestMonth)
                .orElse(YearMonth.now());
        YearMonth first = last.minusMonths(35);
        List<IndicatorQueries.IndicatorRow> rows = new ArrayList<>(indicators
                .list(new IndicatorQueries.IndicatorQuery(UnitLevel.COUNTRY, code, code, null, first, last), 0, 500)
                .items());
        Collections.reverse(rows);
        model.addAttribute("iso3", code);
        model.addAttribute(
                "name", registry.find(code).map(p -> p.name(language)).orElse(code));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("rows", rows);
        model.addAttribute("chartJson", json.writeValueAsString(Map.of(code, series(code, first, last))));
        model.addAttribute("situations", situations.search(Actors.readerParty(), code, null, null, 0, 50));
        return "earlywarning/country";
    }

    private Map<String, Object> series(String country, YearMonth first, YearMonth last) {
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new long[2]);
        }
        indicators
                .list(
                        new IndicatorQueries.IndicatorQuery(UnitLevel.COUNTRY, country, country, null, first, last),
                        0,
                        500)
                .items()
                .forEach(r -> byMonth.computeIfPresent(r.month(), (k, v) -> new long[] {r.events(), r.fatalities()}));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("months", byMonth.keySet().stream().map(YearMonth::toString).toList());
        series.put("events", byMonth.values().stream().map(v -> v[0]).toList());
        series.put("fatalities", byMonth.values().stream().map(v -> v[1]).toList());
        return series;
    }

    @GetMapping("/early-warning/imports/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        Actors.required();
        model.addAttribute("job", imports.job(id));
        return fragment != null ? "earlywarning/job :: status" : "earlywarning/job";
    }
}
