package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An indicator of a result: what is measured, whether higher is better, the baseline, the overall target and
 * the values per period.
 */
public record Indicator(
        LocalizedText title,
        IndicatorMeasure measure,
        boolean ascending,
        Optional<BigDecimal> baseline,
        Optional<Integer> baselineYear,
        Optional<BigDecimal> target,
        List<IndicatorPeriod> periods) {

    public Indicator {
        title.requireNotEmpty("indicator.title");
        periods = List.copyOf(periods);
    }

    /** The overall target, or else the target of the latest period that has one. */
    public Optional<BigDecimal> effectiveTarget() {
        return target.or(() -> latest(
                        periods.stream().filter(p -> p.target().isPresent()).toList())
                .flatMap(IndicatorPeriod::target));
    }

    /** The actual value of the latest period that has one. */
    public Optional<BigDecimal> latestActual() {
        return latest(periods.stream().filter(p -> p.actual().isPresent()).toList())
                .flatMap(IndicatorPeriod::actual);
    }

    private static Optional<IndicatorPeriod> latest(List<IndicatorPeriod> candidates) {
        return candidates.stream().max(Comparator.comparing(IndicatorPeriod::end));
    }
}
