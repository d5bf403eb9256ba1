package org.gsi.earlywarning.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * The order of an event list: a column from a fixed set, ascending or descending, always ending on the key so that
 * pages never overlap. Each order is one an index serves, because the store may hold millions of events: the date by
 * the month index, the country by the (country, month) index; fatalities only within one country, where the sort
 * reads that country's events alone. Column names come from the address; the SQL only from here.
 */
public record EventOrder(String column, boolean descending) {

    private static final Map<String, String> SQL = Map.of(
            "date", "month %1$s, event_date %1$s, source, source_id",
            "country", "country %1$s, month %1$s, event_date %1$s, source, source_id",
            "fatalities", "fatalities_best %1$s NULLS LAST, month DESC, event_date DESC, source, source_id");

    /** Newest first: the order of every event list unless the reader chooses another. */
    public static final EventOrder NEWEST = new EventOrder("date", true);

    public EventOrder {
        if (!SQL.containsKey(column)) {
            throw new InvalidInputException(
                    "sort", Message.of("ewlists.refused.sort", String.join(", ", SQL.keySet())));
        }
    }

    /**
     * The columns a list may be sorted by, by their names in the address: fatalities only when the list is of one
     * country.
     */
    public static Map<String, String> columns(boolean oneCountry) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("date", SQL.get("date"));
        columns.put("country", SQL.get("country"));
        if (oneCountry) {
            columns.put("fatalities", SQL.get("fatalities"));
        }
        return columns;
    }

    /**
     * The order {@code sort} and {@code dir} ask for in an API call (none: newest first); a column the list cannot be
     * sorted by is refused, naming the field.
     */
    public static EventOrder of(String sort, String dir, boolean oneCountry) {
        if (sort == null || sort.isBlank()) {
            return NEWEST;
        }
        String column = sort.strip();
        if (!columns(oneCountry).containsKey(column)) {
            throw new InvalidInputException(
                    "sort",
                    Message.of(
                            "ewlists.refused.sort",
                            String.join(", ", columns(oneCountry).keySet())));
        }
        return new EventOrder(column, !"asc".equalsIgnoreCase(dir == null ? "" : dir.strip()));
    }

    /** The SQL {@code ORDER BY} terms: fixed text for the column and direction, nothing from the address. */
    String orderBy() {
        return String.format(SQL.get(column), descending ? "DESC" : "ASC");
    }
}
