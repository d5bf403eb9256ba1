package org.gsi.earlywarning.internal.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly series of a country read from the indicator rollups. A series starts at the first month the store holds
 * for any country: a country without events in a month of the store's range is quiet, not unobserved.
 */
@Repository
public class CountrySeries {

    private final JdbcClient jdbc;

    CountrySeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<YearMonth> firstMonth() {
        return jdbc.sql("SELECT min(month) FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'")
                .query(LocalDate.class)
                .optional()
                .map(YearMonth::from);
    }

    /**
     * The latest complete month: the latest month the country rollups hold, but never the current calendar month
     * (UTC), which has not ended yet - then the month before it.
     */
    public Optional<YearMonth> latestCompleteMonth() {
        YearMonth lastEnded = YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1);
        return jdbc.sql("SELECT max(month) FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'")
                .query(LocalDate.class)
                .optional()
                .map(YearMonth::from)
                .map(m -> m.isAfter(lastEnded) ? lastEnded : m);
    }

    /** The countries with any stored indicator in the month; every other country is quiet in it. */
    public java.util.List<String> countriesIn(YearMonth month) {
        return jdbc.sql("SELECT DISTINCT trim(unit) FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'"
                        + " AND month = ? ORDER BY 1")
                .param(month.atDay(1))
                .query(String.class)
                .list();
    }

    /** Events or fatalities (optionally of one category) per month from {@code start} to {@code end}. */
    public MonthlySeries read(String country, String metric, String category, YearMonth start, YearMonth end) {
        String column = metric.equals("events") ? "events" : "fatalities";
        double[] values = new double[(int) start.until(end, ChronoUnit.MONTHS) + 1];
        jdbc.sql("SELECT month, sum(" + column + ") AS v FROM earlywarning_indicator WHERE unit_level = 'COUNTRY'"
                        + " AND unit = :country AND month BETWEEN :start AND :end"
                        + (category == null ? "" : " AND category = :category") + " GROUP BY month")
                .param("country", country)
                .param("start", start.atDay(1))
                .param("end", end.atDay(1))
                .params(category == null ? java.util.Map.of() : java.util.Map.of("category", category))
                .query((rs, n) -> {
                    YearMonth m = YearMonth.from(rs.getDate("month").toLocalDate());
                    values[(int) start.until(m, ChronoUnit.MONTHS)] = rs.getDouble("v");
                    return m;
                })
                .list();
        return new MonthlySeries(start, values);
    }
}
