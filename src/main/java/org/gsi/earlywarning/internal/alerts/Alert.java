package org.gsi.earlywarning.internal.alerts;

import java.time.YearMonth;
import java.util.Map;
import org.gsi.platform.Message;

/**
 * A rule fired for a unit and month; {@code explanation} states the computation (a message of the bundles, put into
 * words in the reader's language), {@code numbers} its inputs.
 */
public record Alert(AlertKind kind, String unit, YearMonth month, Message explanation, Map<String, Double> numbers) {

    public Alert {
        numbers = Map.copyOf(numbers);
    }

    public enum AlertKind {
        ESCALATION,
        ONSET,
        THRESHOLD_CROSSING,
        FORECAST_PROBABILITY
    }
}
