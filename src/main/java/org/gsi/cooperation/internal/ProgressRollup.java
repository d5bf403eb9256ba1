package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Progress as a share between 0 and 1.
 *
 * <p>Indicator: {@code (latest actual - baseline) / (target - baseline)}, clamped to [0, 1]; the baseline is 0 when
 * none is given, the target is the overall one or else the latest period target. The same formula serves
 * descending indicators (target below baseline). Indicators that are not unit or percentage, have no actual
 * value yet, no target, or a target equal to the baseline are not measurable and left out.
 *
 * <p>Project: the plain mean of its measurable indicators over all its results. Priority area: the plain mean
 * of the progress of the projects in that area; a project in several areas counts fully in each.
 */
public final class ProgressRollup {

    private static final int SCALE = 4;

    /** A project's priority areas and results, as the roll-up needs them. */
    public record ProjectResults(Set<PriorityArea> areas, List<Result> results) {}

    private ProgressRollup() {}

    public static Optional<BigDecimal> indicator(Indicator indicator) {
        if (!indicator.measure().isQuantitative()) {
            return Optional.empty();
        }
        BigDecimal baseline = indicator.baseline().orElse(BigDecimal.ZERO);
        Optional<BigDecimal> target = indicator.effectiveTarget().filter(t -> t.compareTo(baseline) != 0);
        Optional<BigDecimal> actual = indicator.latestActual();
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal share =
                actual.get().subtract(baseline).divide(target.get().subtract(baseline), SCALE, RoundingMode.HALF_EVEN);
        return Optional.of(share.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    public static Optional<BigDecimal> project(Collection<Result> results) {
        return mean(results.stream()
                .flatMap(r -> r.indicators().stream())
                .map(ProgressRollup::indicator)
                .flatMap(Optional::stream)
                .toList());
    }

    public static Map<PriorityArea, BigDecimal> byPriorityArea(Collection<ProjectResults> projects) {
        Map<PriorityArea, List<BigDecimal>> collected = new TreeMap<>(Comparator.comparingInt(PriorityArea::number));
        for (ProjectResults p : projects) {
            project(p.results())
                    .ifPresent(progress -> p.areas()
                            .forEach(area -> collected
                                    .computeIfAbsent(area, a -> new ArrayList<>())
                                    .add(progress)));
        }
        Map<PriorityArea, BigDecimal> rolled = new TreeMap<>(Comparator.comparingInt(PriorityArea::number));
        collected.forEach((area, values) -> rolled.put(area, mean(values).orElseThrow()));
        return rolled;
    }

    private static Optional<BigDecimal> mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_EVEN));
    }
}
