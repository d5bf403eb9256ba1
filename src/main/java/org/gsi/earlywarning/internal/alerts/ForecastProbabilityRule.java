package org.gsi.earlywarning.internal.alerts;

import static org.gsi.earlywarning.internal.alerts.Numbers.show;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.Message;

/** Forecast probability: the forecast probability of an outcome (e.g. "more than 25 fatalities") exceeds {@code p}. */
public record ForecastProbabilityRule(double p) {

    public ForecastProbabilityRule {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1), was " + p);
        }
    }

    public Optional<Alert> evaluate(String unit, YearMonth month, Message outcome, double probability) {
        if (!(probability > p)) {
            return Optional.empty();
        }
        Message sentence =
                Message.of("ewa.explanation.forecast", unit, show(probability * 100), outcome, month, show(p * 100));
        return Optional.of(new Alert(
                Alert.AlertKind.FORECAST_PROBABILITY,
                unit,
                month,
                sentence,
                Map.of("probability", probability, "p", p)));
    }
}
