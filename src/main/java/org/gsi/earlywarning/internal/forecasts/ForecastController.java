package org.gsi.earlywarning.internal.forecasts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.BacktestJobRequest;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastsView;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.RunView;
import org.gsi.earlywarning.internal.forecasts.models.GridCells;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts", description = "Monthly fatality forecasts per country and admin1, and backtests")
class ForecastController {

    private final ForecastService forecasts;
    private final BacktestJobs backtests;
    private final Registry registry;

    ForecastController(ForecastService forecasts, BacktestJobs backtests, Registry registry) {
        this.forecasts = forecasts;
        this.backtests = backtests;
        this.registry = registry;
    }

    @GetMapping
    @Operation(
            summary = "The current forecasts (unit=country|admin1|grid, optional country ISO3, horizon 1-36 and"
                    + " unit id such as a PRIO-GRID cell): mean, quantiles 5/25/50/75/95 %, P(fatalities > 0), P(> 25);"
                    + " each unit is forecast from its own country's last observed month")
    ForecastsView list(
            @RequestParam(defaultValue = "country") String unit,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer horizon,
            @RequestParam(required = false) String id) {
        if (id != null && !id.isBlank()) {
            return forecasts.unit(unit, id.trim());
        }
        String iso =
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        return forecasts.current(unit, iso, horizon);
    }

    @GetMapping("/grid")
    @Operation(
            summary = "The grid forecast map: for one horizon (1-36), every PRIO-GRID cell of the current grid run"
                    + " (optionally of one country) as [gid, latitude, longitude, value, country, month], the value"
                    + " being P(fatalities > 0) or the median")
    Map<String, Object> grid(
            @RequestParam(defaultValue = "1") int horizon,
            @RequestParam(defaultValue = "p_gt_0") String metric,
            @RequestParam(required = false) String country) {
        if (!metric.equals("p_gt_0") && !metric.equals("median")) {
            throw new InvalidInputException("metric", Message.of("earlywarning.refused.oneOf", "p_gt_0, median"));
        }
        String iso =
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("horizon", horizon);
        var map = forecasts.gridMap(horizon, iso, metric.equals("median"));
        body.put("run", map.map(ForecastService.GridMap::run).orElse(null));
        List<Object[]> cells = new java.util.ArrayList<>();
        map.ifPresent(m -> m.cells()
                .forEach(c -> cells.add(new Object[] {
                    c.gid(),
                    GridCells.latitude(c.gid()),
                    GridCells.longitude(c.gid()),
                    c.value(),
                    c.country(),
                    c.month()
                })));
        body.put("cells", cells);
        return body;
    }

    @GetMapping("/map")
    @Operation(summary = "Per country, keyed by M49 code, P(fatalities > 0) or the median for one horizon")
    Map<String, Object> map(
            @RequestParam(defaultValue = "1") int horizon, @RequestParam(defaultValue = "p_gt_0") String metric) {
        if (!metric.equals("p_gt_0") && !metric.equals("median")) {
            throw new InvalidInputException("metric", Message.of("earlywarning.refused.oneOf", "p_gt_0, median"));
        }
        ForecastsView current = forecasts.current("country", null, horizon);
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, Object> countries = new LinkedHashMap<>();
        for (ForecastView f : current.forecasts()) {
            double value = metric.equals("median") ? f.q50() : f.pGt0();
            registry.find(f.country())
                    .filter(p -> p.m49() != null)
                    .ifPresent(p -> countries.put(
                            p.m49(), Map.of("iso3", f.country(), "name", p.name(language), "value", value)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("horizon", horizon);
        body.put(
                "month",
                current.forecasts().isEmpty()
                        ? null
                        : current.forecasts().get(0).month());
        body.put("countries", countries);
        return body;
    }

    @GetMapping("/runs")
    @Operation(summary = "The latest forecast runs with their status")
    List<RunView> runs() {
        Actors.required();
        return forecasts.runs();
    }

    @PostMapping("/runs")
    @Operation(summary = "Recompute the forecasts now (queued as a durable job that one node runs; 202)")
    ResponseEntity<Map<String, Object>> recompute() {
        Actors.required().require(Permission.EDIT_PARTY_RECORDS, "run", "forecast", null);
        boolean queued = forecasts.requestRecompute();
        return ResponseEntity.accepted().body(Map.of("queued", queued));
    }

    @PostMapping("/backtests")
    @Operation(
            summary = "Run a backtest (dataSource stored|acd, unitLevel country|admin1|grid, testYears, horizons;"
                    + " the scored units may be limited by split tuning|held-out|all, countries [ISO3] and an M49 region)"
                    + " as a job; the report gives CRPS, Brier, AP for fatalities > 0 (undefined when no unit or every"
                    + " unit had fatalities) and two 90 % coverages per window and on average, for the model and its"
                    + " benchmarks: coverage90, the share inside the interval [q05, q95] (which is [0, 0] for most"
                    + " unit-months and covers every zero), and pitCoverage90, the share whose randomized PIT"
                    + " (Czado, Gneiting and Held 2009) lies in [0.05, 0.95], the coverage defined for counts")
    ResponseEntity<BacktestStore.JobView> backtest(@RequestBody BacktestJobRequest request) {
        BacktestStore.JobView job = backtests.submit(Actors.required(), request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/forecasts/backtests/" + job.id()))
                .body(job);
    }

    @GetMapping("/backtests")
    @Operation(summary = "The latest finished backtest of a data source (stored|acd) and unit level; 404 when none")
    BacktestStore.JobView latestBacktest(
            @RequestParam(defaultValue = "stored") String dataSource,
            @RequestParam(defaultValue = "country") String unitLevel) {
        Actors.required();
        String source = dataSource.trim().toLowerCase(Locale.ROOT);
        String level = source.equals(BacktestJobs.ACD)
                ? "COUNTRY_YEAR"
                : ForecastService.level(unitLevel, "unitLevel").name();
        return backtests
                .latest(source, level)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("backtest", source + " " + level));
    }

    @GetMapping("/backtests/{id}")
    @Operation(summary = "A backtest job: status and, once done, its report")
    BacktestStore.JobView backtest(@PathVariable UUID id) {
        Actors.required();
        return backtests.job(id);
    }
}
