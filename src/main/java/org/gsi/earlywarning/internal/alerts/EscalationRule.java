package org.gsi.earlywarning.internal.alerts;

import static org.gsi.earlywarning.internal.alerts.Numbers.show;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.indicators.MonthlySeries;
import org.gsi.earlywarning.internal.indicators.MonthlySeries.TrailingWindow;
import org.gsi.platform.Message;

/**
 * Escalation: a month's value is above the trailing 12-month mean by more than {@code k} standard deviations and by
 * at least {@code n}. Standard deviation is the population one over those 12 months.
 */
public record EscalationRule(double k, double n) {

    static final int WINDOW = 12;

    public EscalationRule {
        if (k < 0 || n < 0) {
            throw new IllegalArgumentException("k and n must not be negative");
        }
    }

    public Optional<Alert> evaluate(String unit, Message metric, MonthlySeries series, YearMonth month) {
        return series.trailing(month, WINDOW).flatMap(window -> fire(unit, metric, series.value(month), window, month));
    }

    private Optional<Alert> fire(String unit, Message metric, double value, TrailingWindow w, YearMonth month) {
        double bar = w.mean() + k * w.standardDeviation();
        double excess = value - w.mean();
        if (value <= bar || excess < n) {
            return Optional.empty();
        }
        Message sentence = Message.of(
                "ewa.explanation.escalation",
                metric,
                unit,
                month,
                show(value),
                show(excess),
                show(w.mean()),
                show(w.standardDeviation()),
                show(bar),
                show(k),
                show(n));
        return Optional.of(new Alert(
                Alert.AlertKind.ESCALATION,
                unit,
                month,
                sentence,
                Map.of("value", value, "mean", w.mean(), "standardDeviation", w.standardDeviation(), "k", k, "n", n)));
    }
}
