package org.gsi.earlywarning.internal.forecasts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.EventsImported;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastsView;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.RunView;
import org.gsi.earlywarning.internal.forecasts.models.Cadence;
import org.gsi.earlywarning.internal.forecasts.models.ConflictPanel;
import org.gsi.earlywarning.internal.forecasts.models.FeatureTable;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.Forecaster;
import org.gsi.earlywarning.internal.forecasts.models.InParallel;
import org.gsi.earlywarning.internal.forecasts.models.Panel;
import org.gsi.earlywarning.internal.forecasts.models.PanelForecaster;
import org.gsi.earlywarning.internal.forecasts.models.PredictiveDistribution;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Jobs;
import org.gsi.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Monthly forecasts of state-based fatalities 1-12 months ahead per country and per admin1, trained on the stored
 * events with a fixed seed. Recomputed by a durable job ({@link ForecastJobs}) after every import (a request while
 * one is queued joins it; a request while one runs queues the next) and on demand. A run also backtests the model
 * on each data source without a finished backtest.
 */
@Service
class ForecastService {

    static final int HORIZONS = ForecastBacktests.PANEL_HORIZONS;
    static final int ADMIN1_HORIZONS = 12;
    private static final Logger log = LoggerFactory.getLogger(ForecastService.class);

    private final StoredPanels panels;
    private final ForecastStore store;
    /** Two job ids: while one recomputation runs, the next waits under the other. */
    private static final List<String> RECOMPUTATIONS = List.of("recompute", "recompute-next");

    private final Jobs jobs;
    private final BacktestJobs backtests;
    private final ApplicationEventPublisher events;

    ForecastService(
            StoredPanels panels,
            ForecastStore store,
            Jobs jobs,
            BacktestJobs backtests,
            ApplicationEventPublisher events) {
        this.panels = panels;
        this.store = store;
        this.jobs = jobs;
        this.backtests = backtests;
        this.events = events;
    }

    /**
     * Computes the forecasts when the store holds UCDP events but no finished run (events imported from the command
     * line, or a run that failed).
     */
    @EventListener(ApplicationReadyEvent.class)
    void computeWhenMissing() {
        if (store.latest(UnitLevel.COUNTRY.name()).isEmpty() && panels.hasUcdpEvents()) {
            requestRecompute();
        }
    }

    @EventListener
    void on(EventsImported imported) {
        requestRecompute();
    }

    /** Queues a recomputation of both levels unless one is already waiting; returns whether it queued one. */
    boolean requestRecompute() {
        if (RECOMPUTATIONS.stream().anyMatch(id -> jobs.isWaiting(ForecastJobs.RECOMPUTE, id))) {
            return false;
        }
        return RECOMPUTATIONS.stream().anyMatch(id -> jobs.submit(ForecastJobs.RECOMPUTE, id));
    }

    /**
     * The recomputation job: both levels, then the standard backtests. It runs alone across all nodes, so a run left
     * running is one whose node stopped: it is marked failed first.
     */
    void recompute() {
        store.failAbandoned();
        for (UnitLevel level : UnitLevel.values()) {
            compute(level);
        }
        backtests.ensureStandard();
    }

    /** Trains on the stored panel of the level and stores the forecasts; empty when the store holds no UCDP data. */
    Optional<UUID> compute(UnitLevel level) {
        if (level == UnitLevel.ADMIN1) {
            return panels.admin1()
                    .flatMap(p -> run(
                            level,
                            ForecastBacktests.COUNT_MODEL,
                            p.units().size(),
                            () -> forecasts(p, ForecastBacktests.countModel())));
        }
        return panels.conflict(level)
                .flatMap(p -> run(
                        level,
                        ForecastBacktests.panelModelName(level),
                        p.units().size(),
                        () -> forecasts(p, ForecastBacktests.panelModel(level))));
    }

    private Optional<UUID> run(
            UnitLevel level, String model, int units, java.util.function.Supplier<List<ForecastView>> forecasts) {
        UUID run = UUID.randomUUID();
        store.started(run, model, level.name(), ForecastBacktests.SEED);
        long wall = System.nanoTime();
        long cpu = WorkTime.cpuNanos();
        try {
            List<ForecastView> views = forecasts.get();
            store.insert(run, views);
            log.info(
                    "forecast run {} ({}): {} units, {} forecasts in {} s ({} s of CPU)",
                    run,
                    level,
                    units,
                    views.size(),
                    WorkTime.seconds(System.nanoTime() - wall),
                    WorkTime.seconds(WorkTime.cpuNanos() - cpu));
            YearMonth cutoff = views.stream()
                    .map(v -> YearMonth.parse(v.month()).minusMonths(v.horizon()))
                    .max(YearMonth::compareTo)
                    .orElse(null);
            store.finished(run, cutoff, units);
            events.publishEvent(new ForecastsComputed(run, level.name()));
            return Optional.of(run);
        } catch (RuntimeException e) {
            log.warn("forecast run {} ({}) failed", run, level, e);
            store.failed(run, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Forecasts of the history model per admin1 unit, each from its country's own last observed month: the units of
     * countries observed until the same month are forecast together from the panel cut there.
     */
    static List<ForecastView> forecasts(Panel panel, Forecaster model) {
        List<ForecastView> out = new ArrayList<>();
        java.util.TreeMap<Integer, List<String>> byEnd = new java.util.TreeMap<>();
        for (int u = 0; u < panel.units().size(); u++) {
            int end = panel.lastPeriod();
            while (end > panel.firstPeriod() && !panel.isActive(u, end)) {
                end--;
            }
            byEnd.computeIfAbsent(end, e -> new ArrayList<>()).add(panel.units().get(u));
        }
        byEnd.forEach((end, units) -> {
            Panel view = panel.until(end);
            YearMonth cutoff = YearMonth.parse(panel.cadence().label(end));
            for (int h = 1; h <= ADMIN1_HORIZONS; h++) {
                Map<String, PredictiveDistribution> forecast = model.forecast(view, h);
                for (String unit : units) {
                    PredictiveDistribution d = forecast.get(unit);
                    if (d != null) {
                        out.add(view(unit, StoredPanels.countryOf(unit), h, cutoff.plusMonths(h), d));
                    }
                }
            }
        });
        return out;
    }

    /**
     * Forecasts of a country or grid panel for horizons 1-36 (two horizons at a time), each unit from its own last
     * observed month; units whose last observed month lies before the features' window get none.
     */
    static List<ForecastView> forecasts(ConflictPanel panel, PanelForecaster model) {
        int end = panel.lastPeriod();
        FeatureTable features =
                FeatureTable.of(panel, Math.max(panel.firstPeriod(), ForecastBacktests.firstFeatureMonth(end)), end);
        List<Integer> horizons =
                java.util.stream.IntStream.rangeClosed(1, HORIZONS).boxed().toList();
        List<ForecastView> out = new ArrayList<>();
        InParallel.map(horizons, h -> {
                    PanelForecaster.Prepared prepared = model.prepare(features, panel, end, h);
                    List<ForecastView> views = new ArrayList<>();
                    for (int u = 0; u < panel.units().size(); u++) {
                        int origin = panel.lastObserved(u);
                        if (origin >= features.from()) {
                            YearMonth month = YearMonth.parse(Cadence.MONTHLY.label(origin + h));
                            views.add(view(
                                    panel.units().get(u), panel.countryOf(u), h, month, prepared.forecast(u, origin)));
                        }
                    }
                    return views;
                })
                .forEach(out::addAll);
        return out;
    }

    private static ForecastView view(
            String unit, String country, int horizon, YearMonth month, PredictiveDistribution d) {
        return new ForecastView(
                unit,
                country,
                horizon,
                month.toString(),
                d.mean(),
                d.quantile(0.05),
                d.quantile(0.25),
                d.quantile(0.5),
                d.quantile(0.75),
                d.quantile(0.95),
                d.probabilityAbove(0),
                d.probabilityAbove(25));
    }

    /** The current forecasts of a level, optionally of one country and horizon. */
    ForecastsView current(String unit, String country, Integer horizon) {
        UnitLevel level = level(unit);
        if (horizon != null && (horizon < 1 || horizon > HORIZONS)) {
            throw new InvalidInputException("horizon", Message.of("earlywarning.refused.between", 1, HORIZONS));
        }
        Optional<RunView> run = store.latest(level.name());
        return new ForecastsView(
                run.orElse(null),
                run.map(r -> store.forecasts(r.id(), country, horizon)).orElse(List.of()));
    }

    /** The forecasts of one unit (a cell id, an ISO code or country/admin1) of the current run of its level. */
    ForecastsView unit(String unit, String id) {
        UnitLevel level = level(unit);
        Optional<RunView> run = store.latest(level.name());
        return new ForecastsView(
                run.orElse(null),
                run.map(r -> store.forecasts(r.id(), null, id, null)).orElse(List.of()));
    }

    /** The grid map at one horizon: the current grid run and each cell's P(> 0) or median. */
    Optional<GridMap> gridMap(int horizon, String country, boolean median) {
        if (horizon < 1 || horizon > HORIZONS) {
            throw new InvalidInputException("horizon", Message.of("earlywarning.refused.between", 1, HORIZONS));
        }
        return store.latest(UnitLevel.GRID.name())
                .map(run -> new GridMap(run, store.cells(run.id(), horizon, country, median)));
    }

    /** The current grid run and the values of its cells at one horizon. */
    record GridMap(RunView run, List<ForecastStore.CellValue> cells) {}

    List<RunView> runs() {
        return store.recentRuns(20);
    }

    static UnitLevel level(String unit) {
        return level(unit, "unit");
    }

    /** The unit level named by a request's field; an unknown name is refused naming that field. */
    static UnitLevel level(String unit, String field) {
        if (unit == null || unit.isBlank() || unit.equalsIgnoreCase("country")) {
            return UnitLevel.COUNTRY;
        }
        if (unit.equalsIgnoreCase("admin1")) {
            return UnitLevel.ADMIN1;
        }
        if (unit.equalsIgnoreCase("grid")) {
            return UnitLevel.GRID;
        }
        throw new InvalidInputException(field, Message.of("earlywarning.refused.oneOf", "country, admin1, grid"));
    }
}
