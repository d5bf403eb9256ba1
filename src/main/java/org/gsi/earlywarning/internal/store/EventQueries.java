package org.gsi.earlywarning.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.CsvExport;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the stored events: a filtered, paged list and its CSV export. Events are public data. */
@Repository
public class EventQueries {

    /** Filters of the event list; every field may be null. */
    public record EventFilter(
            String country, String admin1, String source, String category, LocalDate from, LocalDate to) {

        public EventFilter {
            country = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
            admin1 = blank(admin1) ? null : admin1.trim();
            if (!blank(source) && EventSource.fromFormatKey(source.trim()).isEmpty()) {
                throw new InvalidInputException(
                        "source",
                        Message.of("earlywarning.refused.oneOf", "ucdp-ged, acled, gdelt1, gdelt2, incidents"));
            }
            source = blank(source) ? null : source.trim().toLowerCase(Locale.ROOT);
            category = blank(category) ? null : category(category);
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidInputException("from", Message.of("earlywarning.refused.fromAfterTo"));
            }
        }

        private static String category(String value) {
            String c = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return EventCategory.valueOf(c).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("category", Message.of("earlywarning.refused.category", value));
            }
        }
    }

    /** One stored event. */
    public record EventView(
            String source,
            String sourceId,
            String sourceVersion,
            LocalDate date,
            String datePrecision,
            String country,
            String admin1,
            String admin2,
            String location,
            Double latitude,
            Double longitude,
            Integer gid,
            String actor1,
            String actor2,
            String category,
            String cameoCode,
            Double goldstein,
            Integer fatalitiesBest,
            Integer fatalitiesLow,
            Integer fatalitiesHigh) {}

    /** The position of {@code country} in {@link #COLUMNS}, from 1. */
    private static final int COUNTRY_COLUMN = 6;

    static final String COLUMNS = "source, source_id, source_version, event_date, date_precision,"
            + " country, admin1, admin2, location, latitude, longitude, gid, actor1, actor2, category, cameo_code,"
            + " goldstein, fatalities_best, fatalities_low, fatalities_high";

    /** The columns of the CSV export: the stored columns, with the country's name after its code. */
    public static final List<String> EXPORT_COLUMNS = java.util.stream.Stream.of(
                    COLUMNS.replace(" ", "").split(","))
            .flatMap(c ->
                    c.equals("country") ? java.util.stream.Stream.of(c, "country_name") : java.util.stream.Stream.of(c))
            .toList();

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<EventView> list(EventFilter filter, int page, int size) {
        return list(filter, EventOrder.NEWEST, page, size, Long.MAX_VALUE);
    }

    /**
     * One page of the matching events in {@code order}, with their number: exact from the rollups where they answer
     * the filter, else counted up to {@code countCap} and one more (a total above the cap means "more than the cap",
     * so that a page over millions of events never counts them all).
     */
    public PageView<EventView> list(EventFilter filter, EventOrder order, int page, int size, long countCap) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = countFromRollups(filter).orElseGet(() -> count(where, params, countCap));
        return new PageView<>(items(filter, where, params, order, page, size), page, size, total);
    }

    private long count(String where, Map<String, Object> params, long cap) {
        String sql = cap == Long.MAX_VALUE
                ? "SELECT count(*) FROM earlywarning_event" + where
                : "SELECT count(*) FROM (SELECT 1 FROM earlywarning_event" + where + " LIMIT " + (cap + 1) + ") capped";
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /**
     * The number of matching events read from the country rollups, which count every stored event once under its
     * country, month and category (kept in the same transaction as the events): exact, and a few rows to sum
     * instead of millions of events to count. Only for filters the rollups can answer — no source or admin1, and
     * dates that start and end on month boundaries; any other filter counts the events themselves.
     */
    private Optional<Long> countFromRollups(EventFilter f) {
        if (!rollupsCount(f)) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = rollupClauses(f, params);
        add(clauses, params, "country = :country", "country", f.country());
        return Optional.of(jdbc.sql("SELECT coalesce(sum(events), 0) FROM earlywarning_indicator WHERE "
                        + String.join(" AND ", clauses))
                .params(params)
                .query(Long.class)
                .single());
    }

    /** The clauses on the country rollups for the category and whole months of {@code f}. */
    private static List<String> rollupClauses(EventFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>(List.of("unit_level = 'COUNTRY'"));
        add(clauses, params, "category = :category", "category", f.category());
        add(clauses, params, "month >= :from", "from", f.from());
        add(clauses, params, "month <= :to", "to", f.to() == null ? null : f.to().withDayOfMonth(1));
        return clauses;
    }

    /** Whether the rollups answer how many events match {@code f}, so that they are counted exactly at once. */
    public static boolean rollupsCount(EventFilter f) {
        boolean monthAligned = (f.from() == null || f.from().getDayOfMonth() == 1)
                && (f.to() == null || f.to().equals(f.to().withDayOfMonth(f.to().lengthOfMonth())));
        return f.source() == null && f.admin1() == null && monthAligned;
    }

    /** The newest matching events, without counting them all (for pages that show only the first few). */
    public List<EventView> newest(EventFilter filter, int size) {
        Map<String, Object> params = new HashMap<>();
        return items(filter, where(filter, params), params, EventOrder.NEWEST, 0, size);
    }

    private List<EventView> items(
            EventFilter filter, String where, Map<String, Object> params, EventOrder order, int page, int size) {
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String window = window(filter, order, (long) (page + 1) * size, params);
        String restricted = window.isEmpty() ? where : (where.isEmpty() ? " WHERE " : where + " AND ") + window;
        return jdbc.sql("SELECT " + COLUMNS + " FROM earlywarning_event" + restricted
                        // month first: the (country, month) index then yields the newest without a full sort
                        + " ORDER BY " + order.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(EventQueries::event)
                .list();
    }

    /**
     * For the date order over every country, the months and countries that hold the first {@code rows} events in
     * that order, read from the country rollups (exact for the filters they answer): the page is then read through
     * the (country, month) index from those months only, instead of sorting every stored event. The store keeps no
     * index on the month alone, which every imported row would have to update. Empty when the list is of one country
     * (the index serves it), when the rollups cannot answer the filter, or when every event is needed.
     */
    private String window(EventFilter f, EventOrder order, long rows, Map<String, Object> params) {
        if (!order.column().equals("date") || f.country() != null || !rollupsCount(f)) {
            return "";
        }
        Map<String, Object> rollupParams = new HashMap<>();
        List<String> clauses = rollupClauses(f, rollupParams);
        clauses.add("events > 0");
        String direction = order.descending() ? "DESC" : "ASC";
        List<Map.Entry<LocalDate, Long>> months = jdbc.sql("SELECT month, sum(events) FROM earlywarning_indicator"
                        + " WHERE " + String.join(" AND ", clauses) + " GROUP BY month ORDER BY month " + direction)
                .params(rollupParams)
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getLong(2)))
                .list();
        long covered = 0;
        LocalDate edge = null;
        for (Map.Entry<LocalDate, Long> month : months) {
            covered += month.getValue();
            if (covered >= rows) {
                edge = month.getKey();
                break;
            }
        }
        if (edge == null) {
            return "";
        }
        String bound = order.descending() ? "month >= :windowMonth" : "month <= :windowMonth";
        rollupParams.put("windowMonth", edge);
        List<String> countries = jdbc.sql("SELECT DISTINCT country FROM earlywarning_indicator WHERE "
                        + String.join(" AND ", clauses) + " AND " + bound)
                .params(rollupParams)
                .query(String.class)
                .list();
        params.put("windowMonth", edge);
        params.put("windowCountries", countries);
        return bound + " AND country IN (:windowCountries)";
    }

    /**
     * Writes every matching event to {@code csv} (headed by {@link #EXPORT_COLUMNS}), oldest first, without holding
     * them in memory, with the country's name from {@code names}.
     */
    public void export(EventFilter filter, CsvExport csv, java.util.function.UnaryOperator<String> names) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        try (csv) {
            jdbc.sql("SELECT " + COLUMNS + " FROM earlywarning_event" + where
                            + " ORDER BY event_date, source, source_id")
                    .params(params)
                    .query(rs -> {
                        try {
                            List<Object> cells = new java.util.ArrayList<>(21);
                            for (int i = 1; i <= 20; i++) {
                                cells.add(rs.getObject(i));
                                if (i == COUNTRY_COLUMN) {
                                    cells.add(names.apply(rs.getString(i)));
                                }
                            }
                            csv.printRecord(cells.toArray());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest month with any stored event, read from the country rollups (indexed by month). */
    public java.util.Optional<YearMonth> latestMonth() {
        return jdbc.sql("SELECT max(month) FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'")
                .query((rs, n) -> rs.getDate(1))
                .optional()
                .filter(d -> d != null)
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    private static String where(EventFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        add(clauses, params, "country = :country", "country", f.country());
        add(clauses, params, "admin1 = :admin1", "admin1", f.admin1());
        add(clauses, params, "source = :source", "source", f.source());
        add(clauses, params, "category = :category", "category", f.category());
        add(clauses, params, "event_date >= :from", "from", f.from());
        add(clauses, params, "event_date <= :to", "to", f.to());
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void add(List<String> clauses, Map<String, Object> params, String sql, String name, Object v) {
        if (v != null) {
            clauses.add(sql);
            params.put(name, v);
        }
    }

    static EventView event(ResultSet rs, int n) throws SQLException {
        return new EventView(
                rs.getString("source"),
                rs.getString("source_id"),
                rs.getString("source_version"),
                rs.getDate("event_date").toLocalDate(),
                rs.getString("date_precision"),
                rs.getString("country"),
                rs.getString("admin1"),
                rs.getString("admin2"),
                rs.getString("location"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getObject("gid", Integer.class),
                rs.getString("actor1"),
                rs.getString("actor2"),
                rs.getString("category"),
                rs.getString("cameo_code"),
                rs.getObject("goldstein") == null ? null : rs.getDouble("goldstein"),
                rs.getObject("fatalities_best", Integer.class),
                rs.getObject("fatalities_low", Integer.class),
                rs.getObject("fatalities_high", Integer.class));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
