package org.gsi.earlywarning.internal.alerts;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * A stored alert rule: where it applies (everywhere, one country, the countries of one situation), what it counts
 * and the parameters of its kind. It hands the computation to the rule classes.
 */
record AlertRule(
        UUID id,
        Scope scope,
        String country,
        UUID situationId,
        List<String> situationCountries,
        Alert.AlertKind kind,
        String metric,
        String category,
        Parameters parameters) {

    enum Scope {
        GLOBAL,
        COUNTRY,
        SITUATION
    }

    /** The parameters of the rule's kind; the others stay null. */
    record Parameters(
            Double k, Double minRise, Double threshold, Integer quietMonths, Double probability, Integer horizon) {}

    static final List<String> COUNT_METRICS = List.of("events", "fatalities");
    /** Forecast probabilities of a country (p_gt_…) or of each PRIO-GRID cell of the country (cell_p_gt_…). */
    static final List<String> FORECAST_METRICS = List.of("p_gt_0", "p_gt_25", "cell_p_gt_0", "cell_p_gt_25");

    static final String CELL_PREFIX = "cell_";

    boolean appliesTo(String iso3) {
        return switch (scope) {
            case GLOBAL -> true;
            case COUNTRY -> country.equals(iso3);
            case SITUATION -> situationCountries.contains(iso3);
        };
    }

    boolean onForecasts() {
        return kind == Alert.AlertKind.FORECAST_PROBABILITY;
    }

    /** Whether a forecast rule reads the grid cells' forecasts (each cell's probability, for its country). */
    boolean onCells() {
        return onForecasts() && metric.startsWith(CELL_PREFIX);
    }

    /** The forecast column a forecast rule reads: p_gt_0 or p_gt_25. */
    String forecastColumn() {
        return onCells() ? metric.substring(CELL_PREFIX.length()) : metric;
    }

    /** Evaluates a count rule on a country's monthly series. */
    Optional<Alert> evaluate(String unit, MonthlySeries series, YearMonth month) {
        Message label = label();
        return switch (kind) {
            case ESCALATION ->
                new EscalationRule(parameters.k(), parameters.minRise()).evaluate(unit, label, series, month);
            case ONSET -> new OnsetRule(parameters.quietMonths()).evaluate(unit, label, series, month);
            case THRESHOLD_CROSSING -> new ThresholdRule(parameters.threshold()).evaluate(unit, label, series, month);
            case FORECAST_PROBABILITY -> Optional.empty();
        };
    }

    /** Evaluates a forecast rule on the forecast probability of a unit's month. */
    Optional<Alert> evaluateForecast(String unit, YearMonth month, double probability) {
        Message outcome = Message.of("ewa.outcome." + (forecastColumn().equals("p_gt_25") ? "p_gt_25" : "p_gt_0"));
        return new ForecastProbabilityRule(parameters.probability()).evaluate(unit, month, outcome, probability);
    }

    private Message label() {
        Message what = Message.of(metric.equals("events") ? "ewa.metric.events" : "ewa.metric.fatalities");
        return category == null
                ? what
                : Message.of("ewa.metric.category", what, Message.of("earlywarning.category." + category));
    }

    /** Checks a request and returns the rule's kind, metric, category and parameters; names the field at fault. */
    static AlertRule validated(UUID id, Scope scope, String country, UUID situation, RuleRequest r) {
        Alert.AlertKind kind = kind(r.kind());
        boolean forecast = kind == Alert.AlertKind.FORECAST_PROBABILITY;
        String metric = r.metric() == null
                ? (forecast ? "p_gt_0" : "fatalities")
                : r.metric().trim();
        if (!(forecast ? FORECAST_METRICS : COUNT_METRICS).contains(metric)) {
            throw new InvalidInputException(
                    "metric",
                    "must be one of " + String.join(", ", forecast ? FORECAST_METRICS : COUNT_METRICS)
                            + " for this kind");
        }
        Parameters p = parameters(kind, r);
        return new AlertRule(id, scope, country, situation, List.of(), kind, metric, category(r.category()), p);
    }

    private static Parameters parameters(Alert.AlertKind kind, RuleRequest r) {
        try {
            return switch (kind) {
                case ESCALATION -> {
                    double k = require("k", r.k());
                    double n = require("minRise", r.minRise());
                    if (n < 0) {
                        throw new InvalidInputException("minRise", "must not be negative");
                    }
                    new EscalationRule(k, n);
                    yield new Parameters(k, n, null, null, null, null);
                }
                case ONSET -> {
                    int quiet = r.quietMonths() == null ? 12 : r.quietMonths();
                    new OnsetRule(quiet);
                    yield new Parameters(null, null, null, quiet, null, null);
                }
                case THRESHOLD_CROSSING ->
                    new Parameters(null, null, require("threshold", r.threshold()), null, null, null);
                case FORECAST_PROBABILITY -> {
                    double p = require("probability", r.probability());
                    new ForecastProbabilityRule(p);
                    int h = r.horizon() == null ? 1 : r.horizon();
                    if (h < 1 || h > 12) {
                        throw new InvalidInputException("horizon", "must be between 1 and 12 months");
                    }
                    yield new Parameters(null, null, null, null, p, h);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(fieldOf(kind), e.getMessage());
        }
    }

    private static String fieldOf(Alert.AlertKind kind) {
        return switch (kind) {
            case ESCALATION -> "k";
            case ONSET -> "quietMonths";
            case THRESHOLD_CROSSING -> "threshold";
            case FORECAST_PROBABILITY -> "probability";
        };
    }

    private static double require(String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new InvalidInputException(field, "is required for this kind of rule");
        }
        return value;
    }

    static Alert.AlertKind kind(String value) {
        if (value != null) {
            String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Alert.AlertKind k : Alert.AlertKind.values()) {
                if (k.name().equals(v)) {
                    return k;
                }
            }
        }
        throw new InvalidInputException(
                "kind", "must be one of escalation, onset, threshold-crossing, forecast-probability");
    }

    private static String category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventCategory.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'))
                    .name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "unknown event category: " + value);
        }
    }
}
