package org.gsi.earlywarning.internal.alerts;

import static org.gsi.earlywarning.internal.alerts.Numbers.show;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.platform.Message;

/** Threshold crossing: the month's value is above the threshold and the previous month's was not. */
public record ThresholdRule(double threshold) {

    public Optional<Alert> evaluate(String unit, Message metric, MonthlySeries series, YearMonth month) {
        YearMonth previousMonth = month.minusMonths(1);
        if (!series.observes(month) || !series.observes(previousMonth)) {
            return Optional.empty();
        }
        double value = series.value(month);
        double previous = series.value(previousMonth);
        if (value <= threshold || previous > threshold) {
            return Optional.empty();
        }
        Message sentence = Message.of(
                "ewa.explanation.threshold",
                metric,
                unit,
                show(previous),
                previousMonth,
                show(value),
                month,
                show(threshold));
        return Optional.of(new Alert(
                Alert.AlertKind.THRESHOLD_CROSSING,
                unit,
                month,
                sentence,
                Map.of("value", value, "previous", previous, "threshold", threshold)));
    }
}
