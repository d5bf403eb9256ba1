package org.gsi.earlywarning.internal.store;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events with coordinates, clustered on the server into square cells of a given size in degrees: each cluster is
 * the mean position of its events with their count and fatalities. The answer is bounded (at most {@link #LIMIT}
 * clusters, the largest first) whatever the number of stored events. Events are public data.
 */
@Repository
public class EventPoints {

    public static final int LIMIT = 2000;
    static final int MAX_COUNTRIES = 20;

    /** One cluster of events. */
    public record Cluster(double latitude, double longitude, long events, long fatalities) {}

    /** The clusters of a query; {@code truncated} when more cells had events than were returned. */
    public record Clusters(double cell, YearMonth from, YearMonth to, List<Cluster> points, boolean truncated) {}

    private final JdbcClient jdbc;

    EventPoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Clusters clusters(List<String> countries, YearMonth from, YearMonth to, double cell) {
        if (countries.isEmpty() || countries.size() > MAX_COUNTRIES) {
            throw new InvalidInputException("country", "give 1 to " + MAX_COUNTRIES + " ISO alpha-3 codes");
        }
        if (!(cell >= 0.01 && cell <= 20)) {
            throw new InvalidInputException("cell", "must be between 0.01 and 20 degrees");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        Map<String, Object> params = new HashMap<>();
        params.put(
                "countries",
                countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
        params.put("from", from.atDay(1));
        params.put("to", to.atDay(1));
        params.put("cell", cell);
        params.put("limit", LIMIT + 1);
        List<Cluster> points = jdbc.sql("SELECT avg(latitude), avg(longitude), count(*),"
                        + " sum(coalesce(fatalities_best, 0)) FROM earlywarning_event"
                        + " WHERE country IN (:countries) AND month BETWEEN :from AND :to AND latitude IS NOT NULL"
                        + " GROUP BY floor(latitude / :cell), floor(longitude / :cell)"
                        + " ORDER BY count(*) DESC, 1, 2 LIMIT :limit")
                .params(params)
                .query((rs, n) -> new Cluster(rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4)))
                .list();
        boolean truncated = points.size() > LIMIT;
        return new Clusters(cell, from, to, truncated ? points.subList(0, LIMIT) : points, truncated);
    }
}
