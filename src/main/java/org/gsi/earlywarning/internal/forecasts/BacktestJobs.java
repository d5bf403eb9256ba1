package org.gsi.earlywarning.internal.forecasts;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.BacktestJobRequest;
import org.gsi.earlywarning.internal.forecasts.models.AcdPanelReader;
import org.gsi.earlywarning.internal.forecasts.models.Backtest;
import org.gsi.earlywarning.internal.forecasts.models.BacktestReport;
import org.gsi.earlywarning.internal.forecasts.models.BacktestRequest;
import org.gsi.earlywarning.internal.forecasts.models.BootstrapBenchmark;
import org.gsi.earlywarning.internal.forecasts.models.Cadence;
import org.gsi.earlywarning.internal.forecasts.models.ConflictPanel;
import org.gsi.earlywarning.internal.forecasts.models.FeatureTable;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.Forecaster;
import org.gsi.earlywarning.internal.forecasts.models.GoalAssessment;
import org.gsi.earlywarning.internal.forecasts.models.LastObservedPoissonBenchmark;
import org.gsi.earlywarning.internal.forecasts.models.LeaveCountriesOut;
import org.gsi.earlywarning.internal.forecasts.models.Panel;
import org.gsi.earlywarning.internal.forecasts.models.PanelBacktest;
import org.gsi.earlywarning.internal.forecasts.models.PanelBenchmarks;
import org.gsi.earlywarning.internal.forecasts.models.ZeroBenchmark;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Jobs;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backtests as durable jobs ({@link ForecastJobs}, the request stored with the job): on the stored events (country or admin1 months, the fatality model) or
 * on the shipped UCDP/PRIO ACD country-years (the incidence model), each against the bootstrap, Poisson and all-zero
 * benchmarks. Every forecast is trained only on the data before its cut-off.
 */
@Service
class BacktestJobs {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BacktestJobs.class);

    static final String STORED = "stored";
    static final String ACD = "acd";
    static final int ACD_FIRST_YEAR = 1946;
    static final int ACD_LAST_YEAR = 2024;

    private final BacktestStore store;
    private final StoredPanels panels;
    private final Jobs jobs;
    private final AuditLog audit;
    private final Registry registry;
    private final JsonMapper json;

    BacktestJobs(
            BacktestStore store, StoredPanels panels, Jobs jobs, AuditLog audit, Registry registry, JsonMapper json) {
        this.store = store;
        this.panels = panels;
        this.jobs = jobs;
        this.audit = audit;
        this.registry = registry;
        this.json = json;
    }

    BacktestStore.JobView submit(Actor actor, BacktestJobRequest r) {
        actor.require(Permission.READ_PARTY_RECORDS, "run", "forecast-backtest", null);
        String source = r.dataSource() == null ? STORED : r.dataSource().trim().toLowerCase(Locale.ROOT);
        if (!source.equals(STORED) && !source.equals(ACD)) {
            throw new InvalidInputException("dataSource", Message.of("earlywarning.refused.dataSource"));
        }
        String level = source.equals(ACD)
                ? "COUNTRY_YEAR"
                : ForecastService.level(r.unitLevel(), "unitLevel").name();
        List<Integer> horizons = horizons(level, r.horizons());
        List<Integer> years = years(level, r.testYears());
        BacktestScope scope = BacktestScope.of(r.split(), r.countries(), r.region(), registry);
        UUID id = UUID.randomUUID();
        store.queued(id, source, level, years, horizons, scope.label(), actor.username());
        audit.record(actor, "run", "forecast-backtest", id.toString(), "Backtest on " + source + " " + level);
        jobs.submit(
                ForecastJobs.BACKTEST,
                id.toString(),
                json.writeValueAsString(
                        new BacktestJobRequest(source, level, years, horizons, r.countries(), r.region(), r.split())));
        return job(id);
    }

    /** The backtest job: runs the request stored with it (again from its start when it is taken over). */
    void run(UUID id, String request) {
        BacktestJobRequest r = json.readValue(request, BacktestJobRequest.class);
        BacktestScope scope = BacktestScope.of(r.split(), r.countries(), r.region(), registry);
        run(id, r.dataSource(), r.unitLevel(), r.testYears(), r.horizons(), scope);
    }

    /**
     * Runs the standard backtest of each data source and level that has none finished yet, in the calling thread (the
     * recomputation job), so that the model cards show results without anyone asking first. Country and grid months
     * are scored on the held-out countries of the store, or on all of them when the store holds none.
     */
    void ensureStandard() {
        for (String level : List.of("COUNTRY", "GRID", "COUNTRY_YEAR")) {
            String source = level.equals("COUNTRY_YEAR") ? ACD : STORED;
            boolean data = source.equals(ACD)
                    || panels.conflict(UnitLevel.valueOf(level)).isPresent();
            if (data && store.latestDone(source, level, null).isEmpty()) {
                BacktestScope scope = source.equals(ACD) ? BacktestScope.all() : standardScope();
                List<Integer> years = years(level, null);
                List<Integer> horizons = horizons(level, null);
                UUID id = UUID.randomUUID();
                store.queued(id, source, level, years, horizons, scope.label(), "earlywarning-forecast");
                run(id, source, level, years, horizons, scope);
            }
        }
    }

    private BacktestScope standardScope() {
        boolean heldOut = panels.observedUntil().keySet().stream().anyMatch(iso -> !LeaveCountriesOut.isTuning(iso));
        return heldOut ? BacktestScope.split(LeaveCountriesOut.Split.HELD_OUT) : BacktestScope.all();
    }

    BacktestStore.JobView job(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("backtest", id.toString()));
    }

    /** The latest finished backtest of a data source and level (any level when null). */
    Optional<BacktestStore.JobView> latest(String source, String level) {
        return store.latestDone(source, level, null);
    }

    void run(UUID id, String source, String level, List<Integer> years, List<Integer> horizons, BacktestScope scope) {
        store.running(id);
        long wall = System.nanoTime();
        long cpu = WorkTime.cpuNanos();
        try {
            store.done(id, summary(source, level, years, horizons, scope));
            log.info(
                    "backtest {} ({} {}, {}) in {} s ({} s of CPU)",
                    id,
                    source,
                    level,
                    scope.label(),
                    WorkTime.seconds(System.nanoTime() - wall),
                    WorkTime.seconds(WorkTime.cpuNanos() - cpu));
        } catch (RuntimeException e) {
            store.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    BacktestSummary summary(
            String source, String level, List<Integer> years, List<Integer> horizons, BacktestScope scope) {
        if (source.equals(ACD)) {
            BacktestRequest request =
                    new BacktestRequest("UCDP/PRIO ACD 25.1 conflict incidence", level, years, horizons);
            BacktestReport report = backtest(ForecastBacktests.incidenceModel(), acdPanel(), request);
            return summary(
                    report,
                    ForecastBacktests.INCIDENCE_MODEL,
                    scope,
                    ForecastBacktests.BENCHMARKS,
                    ForecastBacktests.HISTORY_BENCHMARKS);
        }
        BacktestRequest request = new BacktestRequest("stored events: state-based fatalities", level, years, horizons);
        if (level.equals("ADMIN1")) {
            Panel panel = panels.admin1().orElseThrow(() -> noData());
            BacktestReport report = new Backtest(List.of(
                            ForecastBacktests.countModel(),
                            new BootstrapBenchmark(ForecastBacktests.SEED, ForecastBacktests.BOOTSTRAP_DRAWS),
                            new LastObservedPoissonBenchmark(),
                            new ZeroBenchmark()))
                    .run(panel, request, unit -> scope.scores(StoredPanels.countryOf(unit)));
            return summary(
                    report,
                    ForecastBacktests.COUNT_MODEL,
                    scope,
                    ForecastBacktests.BENCHMARKS,
                    ForecastBacktests.HISTORY_BENCHMARKS);
        }
        ConflictPanel panel = panels.conflict(UnitLevel.valueOf(level)).orElseThrow(() -> noData());
        int firstCutoff = Cadence.MONTHLY.firstPeriodOf(
                        years.stream().min(Integer::compare).orElseThrow())
                - horizons.stream().max(Integer::compare).orElseThrow();
        int end = Math.min(
                panel.lastPeriod(),
                Cadence.MONTHLY.lastPeriodOf(
                        years.stream().max(Integer::compare).orElseThrow()));
        FeatureTable features = FeatureTable.of(
                panel,
                Math.max(panel.firstPeriod(), ForecastBacktests.firstFeatureMonth(firstCutoff)),
                Math.max(end, panel.firstPeriod()));
        BacktestReport report = new PanelBacktest(ForecastBacktests.panelForecasters(UnitLevel.valueOf(level)))
                .run(panel, features, request, scope::scores);
        return summary(
                report,
                ForecastBacktests.panelModelName(UnitLevel.valueOf(level)),
                scope,
                List.of(
                        PanelBenchmarks.ZERO,
                        PanelBenchmarks.BOOTSTRAP,
                        PanelBenchmarks.POISSON_LAST,
                        PanelBenchmarks.TRAILING_MEAN),
                PanelBenchmarks.HISTORY);
    }

    private static IllegalStateException noData() {
        return new IllegalStateException("the event store holds no UCDP events to backtest on at this level");
    }

    private static BacktestReport backtest(Forecaster model, Panel panel, BacktestRequest request) {
        return new Backtest(List.of(
                        model,
                        new BootstrapBenchmark(ForecastBacktests.SEED, ForecastBacktests.BOOTSTRAP_DRAWS),
                        new LastObservedPoissonBenchmark(),
                        new ZeroBenchmark()))
                .run(panel, request);
    }

    private static BacktestSummary summary(
            BacktestReport report, String model, BacktestScope scope, List<String> benchmarks, List<String> history) {
        if (report.windowsOf(model).isEmpty()) {
            throw new IllegalStateException("no test year lies within the data of the scored units");
        }
        return BacktestSummary.of(report, model, scope.label(), GoalAssessment.of(report, model, benchmarks, history));
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

    private static List<Integer> horizons(String level, List<Integer> requested) {
        int max = level.equals("COUNTRY_YEAR") ? 5 : level.equals("ADMIN1") ? 12 : ForecastBacktests.PANEL_HORIZONS;
        List<Integer> h = requested == null || requested.isEmpty() ? defaultHorizons(level) : List.copyOf(requested);
        if (h.size() > 12 || h.stream().anyMatch(x -> x == null || x < 1 || x > max)) {
            throw new InvalidInputException("horizons", Message.of("earlywarning.refused.horizons", max));
        }
        return h;
    }

    private static List<Integer> defaultHorizons(String level) {
        return switch (level) {
            case "COUNTRY_YEAR" -> List.of(1);
            case "ADMIN1" -> List.of(1, 3, 6, 12);
            default -> ForecastBacktests.PANEL_BACKTEST_HORIZONS;
        };
    }

    private static List<Integer> years(String level, List<Integer> requested) {
        List<Integer> y = requested == null || requested.isEmpty()
                ? switch (level) {
                    case "COUNTRY_YEAR" -> List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
                    case "ADMIN1" -> List.of(2019, 2020, 2021, 2022);
                    default -> ForecastBacktests.PANEL_TEST_YEARS;
                }
                : List.copyOf(requested);
        if (y.size() > 20 || y.stream().anyMatch(x -> x == null || x < 1950 || x > 2100)) {
            throw new InvalidInputException("testYears", Message.of("earlywarning.refused.testYears"));
        }
        return y;
    }
}
