package org.gsi.earlywarning.internal.ingest.alerts;

import java.time.YearMonth;
import java.util.Map;

/** A rule fired for a unit and month; {@code explanation} states the computation, {@code numbers} its inputs. */
public record Alert(AlertKind kind, String unit, YearMonth month, String explanation, Map<String, Double> numbers) {

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
