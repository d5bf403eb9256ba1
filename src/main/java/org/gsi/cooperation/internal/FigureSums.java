package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up rows of (kind, code, currency, projects, budget, progress sum, progress count) into the dashboard's
 * figures, whether they come from the kept summary of public projects or are summed over projects at request time.
 */
final class FigureSums {

    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> budgets = new TreeMap<>();
    private final Map<String, BigDecimal[]> progress = new HashMap<>();

    /** Adds one row; columns in the order above, currency and budget may be null. */
    void add(ResultSet rs) throws SQLException {
        String kind = rs.getString(1);
        String code = rs.getString(2);
        counts.computeIfAbsent(kind, k -> new TreeMap<>()).merge(code, rs.getLong(4), Long::sum);
        if (!"area".equals(kind)) {
            return;
        }
        String currency = rs.getString(3);
        BigDecimal budget = rs.getBigDecimal(5);
        if (currency != null && budget != null) {
            budgets.computeIfAbsent(currency, c -> new TreeMap<>()).merge(code, budget, BigDecimal::add);
        }
        long withProgress = rs.getLong(7);
        if (withProgress > 0) {
            progress.merge(code, new BigDecimal[] {rs.getBigDecimal(6), BigDecimal.valueOf(withProgress)}, (x, y) ->
                    new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
        }
    }

    ProjectSearch.Figures figures() {
        Map<String, BigDecimal> averages = new TreeMap<>();
        progress.forEach((area, sumAndCount) ->
                averages.put(area, sumAndCount[0].divide(sumAndCount[1], 4, RoundingMode.HALF_UP)));
        return new ProjectSearch.Figures(
                counts.getOrDefault("area", Map.of()),
                counts.getOrDefault("status", Map.of()),
                counts.getOrDefault("country", Map.of()),
                budgets,
                averages);
    }
}
