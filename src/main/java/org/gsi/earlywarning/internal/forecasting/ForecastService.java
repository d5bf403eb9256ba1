package org.gsi.earlywarning.internal.forecasting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gsi.earlywarning.EventsImported;
import org.gsi.earlywarning.internal.forecast.ForecastBacktests;
import org.gsi.earlywarning.internal.forecast.Forecaster;
import org.gsi.earlywarning.internal.forecast.Panel;
import org.gsi.earlywarning.internal.forecast.PredictiveDistribution;
import org.gsi.earlywarning.internal.forecast.UnitLevel;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.ForecastsView;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.RunView;
import org.gsi.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Monthly forecasts of state-based fatalities 1-12 months ahead per country and per admin1, trained on the stored
 * events with a fixed seed. Recomputed on the background worker after every import (a request while one is queued
 * joins it) and on demand. A run also backtests the model on each data source without a finished backtest.
 */
@Service
class ForecastService {

    static final int HORIZONS = 12;
    private static final Logger log = LoggerFactory.getLogger(ForecastService.class);

    private final StoredPanels panels;
    private final ForecastStore store;
    private final ForecastWorker worker;
    private final BacktestJobs backtests;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean queued = new AtomicBoolean();

    ForecastService(
            StoredPanels panels,
            ForecastStore store,
            ForecastWorker worker,
            BacktestJobs backtests,
            ApplicationEventPublisher events) {
        this.panels = panels;
        this.store = store;
        this.worker = worker;
        this.backtests = backtests;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedRuns() {
        store.failAbandoned();
    }

    @EventListener
    void on(EventsImported imported) {
        requestRecompute();
    }

    /** Queues a recomputation of both levels unless one is already waiting; returns whether it queued one. */
    boolean requestRecompute() {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        worker.submit(() -> {
            queued.set(false);
            for (UnitLevel level : UnitLevel.values()) {
                compute(level);
            }
            backtests.ensureStandard();
        });
        return true;
    }

    /** Trains on the stored panel of the level and stores the forecasts; empty when the store holds no UCDP data. */
    Optional<UUID> compute(UnitLevel level) {
        Optional<Panel> panel = panels.read(level);
        if (panel.isEmpty()) {
            return Optional.empty();
        }
        UUID run = UUID.randomUUID();
        store.started(run, ForecastBacktests.COUNT_MODEL, level.name(), ForecastBacktests.SEED);
        try {
            Panel p = panel.get();
            store.insert(run, forecasts(p, ForecastBacktests.countModel()));
            YearMonth cutoff = YearMonth.parse(p.cadence().label(p.lastPeriod()));
            store.finished(run, cutoff, p.units().size());
            events.publishEvent(new ForecastsComputed(run, level.name()));
            return Optional.of(run);
        } catch (RuntimeException e) {
            log.warn("forecast run {} ({}) failed", run, level, e);
            store.failed(run, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        }
    }

    static List<ForecastView> forecasts(Panel panel, Forecaster model) {
        List<ForecastView> out = new ArrayList<>();
        YearMonth cutoff = YearMonth.parse(panel.cadence().label(panel.lastPeriod()));
        for (int h = 1; h <= HORIZONS; h++) {
            Map<String, PredictiveDistribution> forecast = model.forecast(panel, h);
            for (String unit : panel.units()) {
                PredictiveDistribution d = forecast.get(unit);
                if (d != null) {
                    out.add(view(unit, h, cutoff.plusMonths(h), d));
                }
            }
        }
        return out;
    }

    private static ForecastView view(String unit, int horizon, YearMonth month, PredictiveDistribution d) {
        return new ForecastView(
                unit,
                StoredPanels.countryOf(unit),
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
            throw new InvalidInputException("horizon", "must be between 1 and 12");
        }
        Optional<RunView> run = store.latest(level.name());
        return new ForecastsView(
                run.orElse(null),
                run.map(r -> store.forecasts(r.id(), country, horizon)).orElse(List.of()));
    }

    List<RunView> runs() {
        return store.recentRuns(20);
    }

    static UnitLevel level(String unit) {
        if (unit == null || unit.isBlank() || unit.equalsIgnoreCase("country")) {
            return UnitLevel.COUNTRY;
        }
        if (unit.equalsIgnoreCase("admin1")) {
            return UnitLevel.ADMIN1;
        }
        throw new InvalidInputException("unit", "must be country or admin1");
    }
}
