package org.gsi.earlywarning.internal.ingest.indicators;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;

/** Running sums of one unit-month; an event is added with sign +1 and taken out again with sign -1. */
final class MonthlyCell {

    private final long[] counts = new long[EventCategory.values().length];
    private long events;
    private long fatalities;
    private long conflictual;
    private long cooperative;
    private double goldsteinSum;

    void apply(Event event, int sign) {
        counts[event.category().ordinal()] += sign;
        events += sign;
        fatalities += (long) sign * event.fatalitiesBest();
        if (event.cameo().isPresent()) {
            CameoCoding cameo = event.cameo().get();
            if (cameo.conflictual()) {
                conflictual += sign;
            } else {
                cooperative += sign;
            }
            goldsteinSum += sign * cameo.goldstein();
        }
    }

    boolean isEmpty() {
        return events == 0;
    }

    MonthlyIndicators snapshot(UnitLevel level, String unit, YearMonth month) {
        Map<EventCategory, Long> byCategory = new EnumMap<>(EventCategory.class);
        for (EventCategory category : EventCategory.values()) {
            if (counts[category.ordinal()] != 0) {
                byCategory.put(category, counts[category.ordinal()]);
            }
        }
        long coded = conflictual + cooperative;
        return new MonthlyIndicators(
                level,
                unit,
                month,
                byCategory,
                events,
                fatalities,
                coded == 0 ? Optional.empty() : Optional.of((double) conflictual / coded),
                coded == 0 ? Optional.empty() : Optional.of(goldsteinSum / coded));
    }
}
