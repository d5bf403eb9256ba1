package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.gsi.platform.Actors;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.Term;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The portfolio dashboard: counts, budgets and progress of the projects the reader may see. */
@Controller
class PortfolioPages {

    private final PortfolioCache cache;
    private final Taxonomy taxonomy;
    private final Registry registry;
    private final JsonMapper json;
    private final MessageSource messages;

    PortfolioPages(
            PortfolioCache cache, Taxonomy taxonomy, Registry registry, JsonMapper json, MessageSource messages) {
        this.cache = cache;
        this.taxonomy = taxonomy;
        this.registry = registry;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) String q, Model model) {
        ProjectSearch.Figures figures = cache.figures(Actors.readerParty(), q);
        Map<String, Long> byArea = sortedAreas(figures.byArea());
        Map<String, Long> byStatus = figures.byStatus();
        Map<String, Long> byRegion = new TreeMap<>();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        figures.byCountry()
                .forEach((country, n) -> registry.find(country)
                        .flatMap(p -> java.util.Optional.ofNullable(p.regionCode()))
                        .ifPresent(region -> byRegion.merge(regionName(region, lang), n, Long::sum)));
        Map<String, Map<String, BigDecimal>> budgets = figures.budgetsByCurrency();
        Map<String, BigDecimal> progress = figures.progressByArea();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", total);
        data.put("byArea", byArea);
        data.put("areaNames", areaNames());
        data.put("byStatus", byStatus);
        data.put("statusNames", statusNames(byStatus.keySet()));
        data.put("byRegion", byRegion);
        data.put("budgets", budgets);
        data.put(
                "labels",
                Map.of(
                        "projects",
                                messages.getMessage(
                                        "cooperation.portfolio.projects", null, LocaleContextHolder.getLocale()),
                        "budget",
                                messages.getMessage(
                                        "cooperation.portfolio.budget", null, LocaleContextHolder.getLocale())));
        model.addAttribute("total", total);
        model.addAttribute("byArea", byArea);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("budgets", budgets);
        model.addAttribute("progress", progress);
        model.addAttribute("areaNames", areaNames());
        model.addAttribute("q", q);
        model.addAttribute("chartData", json.writeValueAsString(data));
        return "cooperation/portfolio";
    }

    /** Each status of the chart in the reader's language, for its legend. */
    private Map<String, String> statusNames(java.util.Set<String> statuses) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String status : statuses) {
            names.put(
                    status,
                    messages.getMessage("cooperation.status." + status, null, status, LocaleContextHolder.getLocale()));
        }
        return names;
    }

    private Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Term t : taxonomy.list(TermKind.PRIORITY_AREA)) {
            names.put(t.code(), messages.getMessage(t.messageKey(), null, t.name(), LocaleContextHolder.getLocale()));
        }
        return names;
    }

    private String regionName(String code, String lang) {
        return switch (code) {
            case "002" ->
                messages.getMessage("cooperation.region.002", null, "Africa", LocaleContextHolder.getLocale());
            case "019" ->
                messages.getMessage("cooperation.region.019", null, "Americas", LocaleContextHolder.getLocale());
            case "142" -> messages.getMessage("cooperation.region.142", null, "Asia", LocaleContextHolder.getLocale());
            case "150" ->
                messages.getMessage("cooperation.region.150", null, "Europe", LocaleContextHolder.getLocale());
            case "009" ->
                messages.getMessage("cooperation.region.009", null, "Oceania", LocaleContextHolder.getLocale());
            default -> code;
        };
    }

    private static Map<String, Long> sortedAreas(Map<String, Long> counts) {
        Map<String, Long> sorted = new TreeMap<>((a, b) -> Integer.compare(number(a), number(b)));
        sorted.putAll(counts);
        return sorted;
    }

    private static int number(String area) {
        try {
            return Integer.parseInt(area.substring(4));
        } catch (RuntimeException e) {
            return 999;
        }
    }
}
