package org.gsi.earlywarning.internal.forecasts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.earlywarning.internal.forecasts.models.FeatureTable;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Model cards (data, features, training window, latest backtest) and the forecast fragment for other pages. */
@Controller
class ModelPages {

    static final String MONTHLY = "monthly-fatalities";
    static final String GRID = "grid-fatalities";
    static final String ADMIN1 = "admin1-fatalities";
    static final String INCIDENCE = "acd-incidence";
    /** Message keys of the conflict-history features of the admin1 and incidence models. */
    static final List<String> FEATURES = List.of(
            "ewa.feature.intercept",
            "ewa.feature.last",
            "ewa.feature.meanShort",
            "ewa.feature.meanMedium",
            "ewa.feature.meanLong",
            "ewa.feature.decay",
            "ewa.feature.neighboursMean",
            "ewa.feature.neighboursLast");
    /** Message keys of the features of the gradient-boosted country and grid model. */
    static final List<String> PANEL_FEATURES =
            FeatureTable.NAMES.stream().map(n -> "ewa.panelFeature." + n).toList();

    /** What a model card shows besides its latest backtest. */
    record Card(
            String id,
            String model,
            String dataSource,
            String unitLevels,
            List<String> features,
            int trainingYears,
            long seed) {}

    private final ForecastService forecasts;
    private final BacktestJobs backtests;
    private final IncidenceForecast incidence;
    private final JsonMapper json;

    ModelPages(ForecastService forecasts, BacktestJobs backtests, IncidenceForecast incidence, JsonMapper json) {
        this.forecasts = forecasts;
        this.backtests = backtests;
        this.incidence = incidence;
        this.json = json;
    }

    @Bean
    static PublicPaths earlyWarningForecastPaths() {
        return PublicPaths.of(
                "/early-warning/models",
                "/early-warning/fragments/forecast",
                "/early-warning/forecasts/map",
                "/api/v1/forecasts/map",
                "/api/v1/forecasts/grid");
    }

    static List<Card> cards() {
        return List.of(
                new Card(
                        MONTHLY,
                        ForecastBacktests.COUNTRY_PANEL_MODEL,
                        BacktestJobs.STORED,
                        "COUNTRY",
                        PANEL_FEATURES,
                        ForecastBacktests.PANEL_TRAINING_YEARS,
                        ForecastBacktests.SEED),
                new Card(
                        GRID,
                        ForecastBacktests.PANEL_MODEL,
                        BacktestJobs.STORED,
                        "GRID",
                        PANEL_FEATURES,
                        ForecastBacktests.PANEL_TRAINING_YEARS,
                        ForecastBacktests.SEED),
                new Card(
                        ADMIN1,
                        ForecastBacktests.COUNT_MODEL,
                        BacktestJobs.STORED,
                        "ADMIN1",
                        FEATURES,
                        ForecastBacktests.COUNT_TRAINING_YEARS,
                        ForecastBacktests.SEED),
                new Card(
                        INCIDENCE,
                        ForecastBacktests.INCIDENCE_MODEL,
                        BacktestJobs.ACD,
                        "COUNTRY_YEAR",
                        FEATURES,
                        2024 - ForecastBacktests.FIRST_TRAINING_TARGET_YEAR_ACD + 1,
                        ForecastBacktests.SEED));
    }

    @GetMapping("/early-warning/models")
    String models(Model model) {
        model.addAttribute("cards", cards());
        model.addAttribute("runs", forecasts.runs());
        return "earlywarning/forecasts/models";
    }

    @GetMapping("/early-warning/models/{id}")
    String model(@PathVariable String id, Model model) {
        Card card = cards().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("model", id));
        model.addAttribute("card", card);
        model.addAttribute(
                "backtest",
                backtests.latest(card.dataSource(), card.unitLevels()).orElse(null));
        if (card.id().equals(MONTHLY) || card.id().equals(ADMIN1)) {
            model.addAttribute("current", forecasts.current(card.unitLevels(), null, 1));
        } else if (card.id().equals(INCIDENCE)) {
            model.addAttribute(
                    "incidence", incidence.nextYear().stream().limit(40).toList());
        }
        return "earlywarning/forecasts/model";
    }

    /** Months, quantiles 5/50/95 % per horizon for the fan chart; {@code </} escaped for the script block. */
    private String chartJson(List<ForecastViews.ForecastView> list) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", list.stream().map(ForecastViews.ForecastView::month).toList());
        chart.put("q05", list.stream().map(ForecastViews.ForecastView::q05).toList());
        chart.put("q50", list.stream().map(ForecastViews.ForecastView::q50).toList());
        chart.put("q95", list.stream().map(ForecastViews.ForecastView::q95).toList());
        return json.writeValueAsString(chart).replace("</", "<\\/");
    }

    /** The fan chart and table of a country ({@code country=ISO3}) or of a grid cell ({@code cell=gid}). */
    @GetMapping("/early-warning/fragments/forecast")
    String fragment(
            @RequestParam(required = false) String country, @RequestParam(required = false) String cell, Model model) {
        ForecastViews.ForecastsView current;
        if (cell != null && cell.trim().matches("\\d{1,6}")) {
            current = forecasts.unit("grid", cell.trim());
            model.addAttribute("country", cell.trim());
            model.addAttribute("card", GRID);
        } else {
            String iso = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
            current = forecasts.current("country", iso, null);
            model.addAttribute("country", iso);
            model.addAttribute("card", MONTHLY);
        }
        model.addAttribute("forecast", current);
        model.addAttribute("chartJson", chartJson(current.forecasts()));
        return "earlywarning/forecasts/fragment";
    }

    /** The grid forecast map: cells coloured by P(> 0) or the median, a horizon slider and a legend. */
    @GetMapping("/early-warning/forecasts/map")
    String gridMap(
            @RequestParam(defaultValue = "1") int horizon,
            @RequestParam(defaultValue = "p_gt_0") String metric,
            @RequestParam(required = false) String country,
            Model model) {
        model.addAttribute("horizon", Math.max(1, Math.min(ForecastService.HORIZONS, horizon)));
        model.addAttribute("metric", metric.equals("median") ? "median" : "p_gt_0");
        model.addAttribute("country", country == null ? "" : country.trim().toUpperCase(Locale.ROOT));
        model.addAttribute("horizons", ForecastService.HORIZONS);
        return "earlywarning/forecasts/grid";
    }
}
