package org.gsi.earlywarning.internal.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.platform.CsvExport;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.PageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monthly indicators read from the rollup tables: counts by category, best-estimate fatalities, the share of
 * conflictual CAMEO events and their mean Goldstein score, and the change of events and fatalities against the
 * mean of the 12 preceding months (months without events count as zero).
 */
@Repository
public class IndicatorQueries {

    /**
     * What to read: a unit level, optionally one country, one unit or one category, and a month range; without {@code
     * from} or {@code to} each unit's range is open on that side, so a unit's rows run from its own first to its own
     * last month whatever other units' data cover.
     */
    public record IndicatorQuery(
            UnitLevel level, String country, String unit, String category, YearMonth from, YearMonth to) {}

    /** The indicators of one unit in one month. */
    public record IndicatorRow(
            String unitLevel,
            String unit,
            String country,
            YearMonth month,
            long events,
            long fatalities,
            Map<String, Long> eventsByCategory,
            Double conflictualShare,
            Double meanGoldstein,
            double eventsChange,
            double fatalitiesChange) {}

    private static final String SELECT = "WITH cells AS (SELECT unit, min(country) AS country, month,"
            + " sum(events) AS events, sum(fatalities) AS fatalities, sum(conflictual) AS conflictual,"
            + " sum(cooperative) AS cooperative, sum(goldstein_sum) AS goldstein_sum,"
            + " jsonb_object_agg(category, events) AS by_category"
            + " FROM (SELECT unit, month, category, min(country) AS country, sum(events) AS events,"
            + " sum(fatalities) AS fatalities, sum(conflictual) AS conflictual, sum(cooperative) AS cooperative,"
            + " sum(goldstein_sum) AS goldstein_sum FROM earlywarning_indicator WHERE %s"
            + " GROUP BY unit, month, category) c GROUP BY unit, month),"
            + " windowed AS (SELECT *, coalesce(sum(events) OVER w, 0) / 12.0 AS trailing_events,"
            + " coalesce(sum(fatalities) OVER w, 0) / 12.0 AS trailing_fatalities FROM cells"
            + " WINDOW w AS (PARTITION BY unit ORDER BY month"
            + " RANGE BETWEEN INTERVAL '12 months' PRECEDING AND INTERVAL '1 month' PRECEDING))"
            + " SELECT * FROM windowed WHERE (CAST(:from AS date) IS NULL OR month >= :from)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IndicatorQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public static UnitLevel level(String unit) {
        if (unit == null || unit.isBlank()) {
            return UnitLevel.COUNTRY;
        }
        try {
            return UnitLevel.valueOf(unit.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "must be one of country, admin1, grid");
        }
    }

    public PageView<IndicatorRow> list(IndicatorQuery q, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        long total = jdbc.sql("SELECT count(*) FROM (SELECT DISTINCT unit, month FROM earlywarning_indicator WHERE "
                        + where + " AND (CAST(:from AS date) IS NULL OR month >= :from)) d")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<IndicatorRow> rows = jdbc.sql(
                        String.format(SELECT, where) + " ORDER BY unit, month LIMIT :limit OFFSET" + " :offset")
                .params(params)
                .query((rs, n) -> row(rs, q.level()))
                .list();
        return new PageView<>(rows, page, size, total);
    }

    /** The columns of the CSV export. */
    public static final List<String> EXPORT_COLUMNS = List.of(
            "unit_level",
            "unit",
            "country",
            "country_name",
            "month",
            "events",
            "fatalities",
            "events_by_category",
            "conflictual_share",
            "mean_goldstein",
            "events_change",
            "fatalities_change");

    /** Writes the matching indicators to {@code csv} (headed by {@link #EXPORT_COLUMNS}), countries named by {@code names}. */
    public void export(IndicatorQuery q, CsvExport csv, java.util.function.UnaryOperator<String> names) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        try (csv) {
            jdbc.sql(String.format(SELECT, where) + " ORDER BY unit, month")
                    .params(params)
                    .query(rs -> {
                        IndicatorRow r = row(rs, q.level());
                        try {
                            csv.printRecord(
                                    r.unitLevel(),
                                    r.unit(),
                                    r.country(),
                                    names.apply(r.country()),
                                    r.month(),
                                    r.events(),
                                    r.fatalities(),
                                    json.writeValueAsString(r.eventsByCategory()),
                                    r.conflictualShare(),
                                    r.meanGoldstein(),
                                    r.eventsChange(),
                                    r.fatalitiesChange());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per country, the sum of a metric ({@code events} or {@code fatalities}) over a month range. */
    public Map<String, Long> countryTotals(String metric, YearMonth from, YearMonth to) {
        String column = switch (metric == null ? "fatalities" : metric) {
            case "events" -> "events";
            case "fatalities" -> "fatalities";
            default -> throw new InvalidInputException("metric", "must be events or fatalities");
        };
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("SELECT unit, sum(" + column + ") FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'"
                        + " AND month BETWEEN :from AND :to GROUP BY unit")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query(rs -> {
                    totals.put(rs.getString(1), rs.getLong(2));
                });
        return totals;
    }

    /** The last month with any row of a unit at a level. */
    public java.util.Optional<YearMonth> latestMonth(UnitLevel level, String unit) {
        return jdbc.sql("SELECT max(month) FROM earlywarning_indicator WHERE unit_level = :level AND unit = :unit")
                .param("level", level.name())
                .param("unit", unit)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional()
                .filter(d -> d != null)
                .map(YearMonth::from);
    }

    private static String where(IndicatorQuery q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("unit_level = :level");
        params.put("level", q.level().name());
        params.put("from", q.from() == null ? null : q.from().atDay(1));
        if (q.from() != null) {
            sql.append(" AND month >= :windowStart");
            params.put("windowStart", q.from().minusMonths(12).atDay(1));
        }
        if (q.to() != null) {
            sql.append(" AND month <= :to");
            params.put("to", q.to().atDay(1));
        }
        if (q.country() != null && !q.country().isBlank()) {
            sql.append(" AND country = :country");
            params.put("country", q.country().trim().toUpperCase(Locale.ROOT));
        }
        if (q.unit() != null && !q.unit().isBlank()) {
            sql.append(" AND unit = :unit");
            params.put("unit", q.unit().trim());
        }
        if (q.category() != null && !q.category().isBlank()) {
            sql.append(" AND category = :category");
            params.put("category", q.category().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        return sql.toString();
    }

    private IndicatorRow row(ResultSet rs, UnitLevel level) throws SQLException {
        long conflictual = rs.getLong("conflictual");
        long cooperative = rs.getLong("cooperative");
        long coded = conflictual + cooperative;
        long events = rs.getLong("events");
        long fatalities = rs.getLong("fatalities");
        @SuppressWarnings("unchecked")
        Map<String, Number> byCategory = json.readValue(rs.getString("by_category"), Map.class);
        Map<String, Long> counts = new java.util.TreeMap<>();
        byCategory.forEach((k, v) -> counts.put(k, v.longValue()));
        LocalDate month = rs.getDate("month").toLocalDate();
        return new IndicatorRow(
                level.name(),
                rs.getString("unit"),
                rs.getString("country"),
                YearMonth.from(month),
                events,
                fatalities,
                counts,
                coded == 0 ? null : (double) conflictual / coded,
                coded == 0 ? null : rs.getBigDecimal("goldstein_sum").doubleValue() / coded,
                events - rs.getDouble("trailing_events"),
                fatalities - rs.getDouble("trailing_fatalities"));
    }
}
