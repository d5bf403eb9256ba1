package org.gsi.earlywarning.internal.alerts;

import static org.gsi.earlywarning.internal.alerts.Numbers.show;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.platform.Message;

/**
 * Onset: events in a month after at least {@code quietMonths} observed months without any. Months before the series
 * starts are unknown, so they never count as quiet.
 */
public record OnsetRule(int quietMonths) {

    public OnsetRule {
        if (quietMonths < 12) {
            throw new IllegalArgumentException("an onset needs at least 12 quiet months, was " + quietMonths);
        }
    }

    public Optional<Alert> evaluate(String unit, Message metric, MonthlySeries series, YearMonth month) {
        if (!series.observes(month) || series.value(month) <= 0 || !series.observes(month.minusMonths(quietMonths))) {
            return Optional.empty();
        }
        int quiet = 0;
        for (YearMonth m = month.minusMonths(1); series.observes(m) && series.value(m) == 0; m = m.minusMonths(1)) {
            quiet++;
        }
        if (quiet < quietMonths) {
            return Optional.empty();
        }
        double value = series.value(month);
        Message sentence = Message.of("ewa.explanation.onset", metric, unit, month, show(value), quiet, quietMonths);
        return Optional.of(new Alert(
                Alert.AlertKind.ONSET, unit, month, sentence, Map.of("value", value, "quietMonths", (double) quiet)));
    }
}
