package org.gsi.earlywarning.internal.ingest.indicators;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.gsi.earlywarning.Event;

/**
 * Incremental monthly indicators for every unit level. Importing an event adds its contribution, an updated event
 * replaces the old contribution with the new one, so the rollup always equals a recount of the stored events.
 */
public final class IndicatorRollup {

    private record CellKey(UnitLevel level, String unit, YearMonth month) {}

    private final Map<CellKey, MonthlyCell> cells = new HashMap<>();

    public void add(Event event) {
        apply(event, 1);
    }

    public void remove(Event event) {
        apply(event, -1);
    }

    /** An event changed on re-import: its old contribution goes, the new one comes. */
    public void replace(Event previous, Event current) {
        remove(previous);
        add(current);
    }

    /** The indicators of a unit-month; all zero when it has no events. */
    public MonthlyIndicators indicators(UnitLevel level, String unit, YearMonth month) {
        MonthlyCell cell = cells.getOrDefault(new CellKey(level, unit, month), new MonthlyCell());
        return cell.snapshot(level, unit, month);
    }

    /** One indicator of a unit for every month from {@code first} to {@code last}, months without events as 0. */
    public MonthlySeries series(
            UnitLevel level, String unit, YearMonth first, YearMonth last, ToDoubleFunction<MonthlyIndicators> metric) {
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        double[] values = new double[months];
        for (int i = 0; i < months; i++) {
            values[i] = metric.applyAsDouble(indicators(level, unit, first.plusMonths(i)));
        }
        return new MonthlySeries(first, values);
    }

    private void apply(Event event, int sign) {
        YearMonth month = YearMonth.from(event.date());
        for (UnitLevel level : UnitLevel.values()) {
            Optional<String> unit = level.unitOf(event);
            if (unit.isPresent()) {
                CellKey key = new CellKey(level, unit.get(), month);
                MonthlyCell cell = cells.computeIfAbsent(key, k -> new MonthlyCell());
                cell.apply(event, sign);
                if (cell.isEmpty()) {
                    cells.remove(key);
                }
            }
        }
    }
}
