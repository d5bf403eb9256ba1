package org.gsi.earlywarning.internal.alerts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.gsi.earlywarning.EventsImported;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.earlywarning.internal.forecasts.ForecastsComputed;
import org.gsi.earlywarning.internal.indicators.CountrySeries;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the enabled rules on the country-months an import changed, and the forecast rules on every new set of
 * country forecasts. Each new alert is stored with its explanation and, once committed, delivered to the subscribed
 * parties.
 */
@Component
class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

    private final AlertRuleStore rules;
    private final AlertStore alerts;
    private final CountrySeries series;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    AlertEvaluator(
            AlertRuleStore rules,
            AlertStore alerts,
            CountrySeries series,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            JdbcClient jdbc) {
        this.rules = rules;
        this.alerts = alerts;
        this.series = series;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EventsImported imported) {
        try {
            List<AlertView> raised = evaluate(byCountry(imported.changedCountryMonths()));
            log.info("import {}: {} new alerts", imported.jobId(), raised.size());
        } catch (RuntimeException e) {
            log.warn("alert evaluation after import {} failed", imported.jobId(), e);
        }
    }

    @EventListener
    void on(ForecastsComputed computed) {
        if (computed.unitLevel().equals("COUNTRY") || computed.unitLevel().equals("GRID")) {
            evaluateForecasts(computed.runId(), computed.unitLevel().equals("GRID"));
        }
    }

    /** Evaluates the count rules on changed months per country; returns the new alerts. */
    List<AlertView> evaluate(Map<String, SortedSet<YearMonth>> changed) {
        return evaluate(rules.enabled(), changed);
    }

    private List<AlertView> evaluate(List<AlertRule> candidates, Map<String, SortedSet<YearMonth>> changed) {
        List<AlertRule> countRules =
                candidates.stream().filter(r -> !r.onForecasts()).toList();
        Optional<YearMonth> start = series.firstMonth();
        List<AlertView> raised = new ArrayList<>();
        if (countRules.isEmpty() || start.isEmpty()) {
            return raised;
        }
        changed.forEach((country, months) -> {
            for (AlertRule rule : countRules) {
                if (rule.appliesTo(country)) {
                    MonthlySeries s = series.read(country, rule.metric(), rule.category(), start.get(), months.last());
                    for (YearMonth month : months) {
                        rule.evaluate(country, s, month)
                                .flatMap(a -> store(rule, country, rule.metric(), a))
                                .ifPresent(raised::add);
                    }
                }
            }
        });
        return raised;
    }

    /**
     * Evaluates one saved rule on the stored data: a count rule on the latest complete month of every country it
     * applies to that has indicators in that month (a country without any is quiet, so no count rule can fire on
     * it), a forecast rule on the latest finished country forecast run. Alerts already raised are not raised again.
     */
    List<AlertView> evaluateSaved(AlertRule rule) {
        if (rule.onForecasts()) {
            return latestRun(rule.onCells() ? "GRID" : "COUNTRY")
                    .map(run -> evaluateForecast(rule, run))
                    .orElse(List.of());
        }
        Optional<YearMonth> month = series.latestCompleteMonth();
        if (month.isEmpty()) {
            return List.of();
        }
        Map<String, SortedSet<YearMonth>> changed = new TreeMap<>();
        series.countriesIn(month.get()).stream()
                .filter(rule::appliesTo)
                .forEach(c -> changed.put(c, new TreeSet<>(List.of(month.get()))));
        return evaluate(List.of(rule), changed);
    }

    private Optional<UUID> latestRun(String level) {
        return jdbc.sql("SELECT id FROM earlywarning_forecast_run WHERE unit_level = :level AND status = 'DONE'"
                        + " ORDER BY finished_at DESC LIMIT 1")
                .param("level", level)
                .query(UUID.class)
                .optional();
    }

    /** Evaluates the country (or grid cell) forecast rules on the forecasts of a run; returns the new alerts. */
    List<AlertView> evaluateForecasts(UUID run, boolean cells) {
        List<AlertView> raised = new ArrayList<>();
        for (AlertRule rule : rules.enabled()) {
            if (rule.onForecasts() && rule.onCells() == cells) {
                raised.addAll(evaluateForecast(rule, run));
            }
        }
        return raised;
    }

    /**
     * Evaluates a forecast rule on a run: per country, or per grid cell (the alert's unit is the cell, its country
     * the cell's, so the country's subscribers receive it).
     */
    private List<AlertView> evaluateForecast(AlertRule rule, UUID run) {
        List<AlertView> raised = new ArrayList<>();
        jdbc
                .sql("SELECT unit, country, month, " + rule.forecastColumn() + " AS p FROM earlywarning_forecast"
                        + " WHERE run_id = :run AND horizon = :horizon")
                .param("run", run)
                .param("horizon", rule.parameters().horizon())
                .query((rs, n) -> new Object[] {
                    rs.getString("country").trim(),
                    YearMonth.from(rs.getDate("month").toLocalDate()),
                    rs.getDouble("p"),
                    rs.getString("unit")
                })
                .list()
                .stream()
                .filter(row -> rule.appliesTo((String) row[0]))
                .forEach(row -> rule.evaluateForecast(
                                rule.onCells() ? (String) row[3] : (String) row[0], (YearMonth) row[1], (Double) row[2])
                        .flatMap(a -> store(rule, (String) row[0], rule.metric(), a))
                        .ifPresent(raised::add));
        return raised;
    }

    /**
     * Stores a new alert and publishes {@link AlertRaised} in one transaction, so the alert is delivered to its
     * subscribers ({@link AlertNotices}) once it is committed, and still after a crash in between.
     */
    private Optional<AlertView> store(AlertRule rule, String country, String metric, Alert alert) {
        return transactions.execute(status -> {
            Optional<AlertView> stored = alerts.insertIfNew(rule, country, metric, alert);
            stored.ifPresent(a -> events.publishEvent(new AlertRaised(a.id())));
            return stored;
        });
    }

    /** {@code CAF:2020-05-01} entries grouped by country. */
    static Map<String, SortedSet<YearMonth>> byCountry(Iterable<String> countryMonths) {
        Map<String, SortedSet<YearMonth>> out = new TreeMap<>();
        for (String cm : countryMonths) {
            int colon = cm.indexOf(':');
            if (colon > 0) {
                YearMonth month = YearMonth.parse(cm.substring(colon + 1, Math.min(cm.length(), colon + 8)));
                out.computeIfAbsent(cm.substring(0, colon).trim(), c -> new TreeSet<>())
                        .add(month);
            }
        }
        return out;
    }
}
