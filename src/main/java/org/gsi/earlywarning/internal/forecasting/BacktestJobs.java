package org.gsi.earlywarning.internal.forecasting;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.forecast.AcdPanelReader;
import org.gsi.earlywarning.internal.forecast.Backtest;
import org.gsi.earlywarning.internal.forecast.BacktestReport;
import org.gsi.earlywarning.internal.forecast.BacktestRequest;
import org.gsi.earlywarning.internal.forecast.BootstrapBenchmark;
import org.gsi.earlywarning.internal.forecast.ForecastBacktests;
import org.gsi.earlywarning.internal.forecast.Forecaster;
import org.gsi.earlywarning.internal.forecast.GoalAssessment;
import org.gsi.earlywarning.internal.forecast.LastObservedPoissonBenchmark;
import org.gsi.earlywarning.internal.forecast.Panel;
import org.gsi.earlywarning.internal.forecast.UnitLevel;
import org.gsi.earlywarning.internal.forecast.ZeroBenchmark;
import org.gsi.earlywarning.internal.forecasting.ForecastViews.BacktestJobRequest;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Backtests as jobs on the forecast worker: on the stored events (country or admin1 months, the fatality model) or
 * on the shipped UCDP/PRIO ACD country-years (the incidence model), each against the bootstrap, Poisson and all-zero
 * benchmarks. Every forecast is trained only on the data before its cut-off.
 */
@Service
class BacktestJobs {

    static final String STORED = "stored";
    static final String ACD = "acd";
    static final int ACD_FIRST_YEAR = 1946;
    static final int ACD_LAST_YEAR = 2024;

    private final BacktestStore store;
    private final StoredPanels panels;
    private final ForecastWorker worker;
    private final AuditLog audit;

    BacktestJobs(BacktestStore store, StoredPanels panels, ForecastWorker worker, AuditLog audit) {
        this.store = store;
        this.panels = panels;
        this.worker = worker;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        store.failAbandoned();
    }

    BacktestStore.JobView submit(Actor actor, BacktestJobRequest r) {
        actor.require(Permission.READ_PARTY_RECORDS, "run", "forecast-backtest", null);
        String source = r.dataSource() == null ? STORED : r.dataSource().trim().toLowerCase(Locale.ROOT);
        if (!source.equals(STORED) && !source.equals(ACD)) {
            throw new InvalidInputException("dataSource", "must be stored (the event store) or acd (UCDP/PRIO ACD)");
        }
        String level = source.equals(ACD)
                ? "COUNTRY_YEAR"
                : ForecastService.level(r.unitLevel()).name();
        List<Integer> horizons = horizons(source, r.horizons());
        List<Integer> years = years(source, r.testYears());
        UUID id = UUID.randomUUID();
        store.queued(id, source, level, years, horizons, actor.username());
        audit.record(actor, "run", "forecast-backtest", id.toString(), "Backtest on " + source + " " + level);
        worker.submit(() -> run(id, source, level, years, horizons));
        return job(id);
    }

    /**
     * Runs the standard backtest of each data source that has none finished yet, in the calling thread (the
     * forecast worker), so that the model cards show results without anyone asking first.
     */
    void ensureStandard() {
        for (String source : List.of(STORED, ACD)) {
            boolean data = source.equals(ACD) || panels.read(UnitLevel.COUNTRY).isPresent();
            if (data && store.latestDone(source).isEmpty()) {
                String level = source.equals(ACD) ? "COUNTRY_YEAR" : "COUNTRY";
                List<Integer> years = years(source, null);
                List<Integer> horizons = horizons(source, null);
                UUID id = UUID.randomUUID();
                store.queued(id, source, level, years, horizons, "earlywarning-forecast");
                run(id, source, level, years, horizons);
            }
        }
    }

    BacktestStore.JobView job(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("backtest", id.toString()));
    }

    /** The latest finished backtest of a data source. */
    Optional<BacktestStore.JobView> latest(String source) {
        return store.latestDone(source);
    }

    void run(UUID id, String source, String level, List<Integer> years, List<Integer> horizons) {
        store.running(id);
        try {
            store.done(id, summary(source, level, years, horizons));
        } catch (RuntimeException e) {
            store.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    BacktestSummary summary(String source, String level, List<Integer> years, List<Integer> horizons) {
        if (source.equals(ACD)) {
            BacktestRequest request =
                    new BacktestRequest("UCDP/PRIO ACD 25.1 conflict incidence", level, years, horizons);
            BacktestReport report = backtest(ForecastBacktests.incidenceModel(), acdPanel(), request);
            return summary(report, ForecastBacktests.INCIDENCE_MODEL);
        }
        Panel panel = panels.read(UnitLevel.valueOf(level))
                .orElseThrow(() -> new IllegalStateException("the event store holds no UCDP events to backtest on"));
        BacktestRequest request = new BacktestRequest("stored events: state-based fatalities", level, years, horizons);
        return summary(backtest(ForecastBacktests.countModel(), panel, request), ForecastBacktests.COUNT_MODEL);
    }

    private static BacktestReport backtest(Forecaster model, Panel panel, BacktestRequest request) {
        return new Backtest(List.of(
                        model,
                        new BootstrapBenchmark(ForecastBacktests.SEED, ForecastBacktests.BOOTSTRAP_DRAWS),
                        new LastObservedPoissonBenchmark(),
                        new ZeroBenchmark()))
                .run(panel, request);
    }

    private static BacktestSummary summary(BacktestReport report, String model) {
        if (report.windowsOf(model).isEmpty()) {
            throw new IllegalStateException("no test year lies within the data");
        }
        return BacktestSummary.of(
                report,
                model,
                GoalAssessment.of(report, model, ForecastBacktests.BENCHMARKS, ForecastBacktests.HISTORY_BENCHMARKS));
    }

    static Panel acdPanel() {
        return new AcdPanelReader()
                .read(
                        resource("ucdp_acd_conflict_years.csv"),
                        resource("gw_states.csv"),
                        resource("cow_contdir.csv"),
                        ACD_FIRST_YEAR,
                        ACD_LAST_YEAR);
    }

    private static Reader resource(String name) {
        return new InputStreamReader(
                Objects.requireNonNull(BacktestJobs.class.getResourceAsStream("/earlywarning/forecast/" + name), name),
                StandardCharsets.UTF_8);
    }

    private static List<Integer> horizons(String source, List<Integer> requested) {
        int max = source.equals(ACD) ? 5 : 12;
        List<Integer> h = requested == null || requested.isEmpty()
                ? (source.equals(ACD) ? List.of(1) : List.of(1, 3, 6, 12))
                : List.copyOf(requested);
        if (h.size() > 12 || h.stream().anyMatch(x -> x == null || x < 1 || x > max)) {
            throw new InvalidInputException("horizons", "each horizon must lie between 1 and " + max);
        }
        return h;
    }

    private static List<Integer> years(String source, List<Integer> requested) {
        List<Integer> y = requested == null || requested.isEmpty()
                ? (source.equals(ACD)
                        ? List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024)
                        : List.of(2019, 2020, 2021, 2022))
                : List.copyOf(requested);
        if (y.size() > 20 || y.stream().anyMatch(x -> x == null || x < 1950 || x > 2100)) {
            throw new InvalidInputException("testYears", "give up to 20 test years between 1950 and 2100");
        }
        return y;
    }
}
