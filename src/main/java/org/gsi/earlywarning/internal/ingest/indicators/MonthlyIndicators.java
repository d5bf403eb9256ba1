package org.gsi.earlywarning.internal.ingest.indicators;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.EventCategory;

/**
 * Indicators of one unit in one month: event counts by category, best-estimate fatalities, and for CAMEO-coded
 * events the share of conflictual events (QuadClass 3-4 among 1-4) and the mean Goldstein score.
 */
public record MonthlyIndicators(
        UnitLevel level,
        String unit,
        YearMonth month,
        Map<EventCategory, Long> countsByCategory,
        long events,
        long fatalitiesBest,
        Optional<Double> conflictualShare,
        Optional<Double> meanGoldstein) {

    public MonthlyIndicators {
        countsByCategory = Map.copyOf(countsByCategory);
    }

    public long count(EventCategory category) {
        return countsByCategory.getOrDefault(category, 0L);
    }
}
