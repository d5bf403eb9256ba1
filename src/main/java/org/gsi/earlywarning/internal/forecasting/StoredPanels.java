package org.gsi.earlywarning.internal.forecasting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.forecast.Cadence;
import org.gsi.earlywarning.internal.forecast.Panel;
import org.gsi.earlywarning.internal.forecast.UnitLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly panels of state-based conflict fatalities read from the stored indicator rollups. The units are those
 * with any UCDP event (state-based, non-state or one-sided) at the level; the months run from the first to the last
 * month with such an event, so a unit without state-based fatalities in a month of that span counts zero. At admin1
 * level the units of one country are each other's neighbours.
 */
@Repository
class StoredPanels {

    static final String UCDP_CATEGORIES = "('STATE_BASED_CONFLICT', 'NON_STATE_CONFLICT', 'ONE_SIDED_VIOLENCE')";

    private final JdbcClient jdbc;

    StoredPanels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Panel> read(UnitLevel level) {
        List<Object[]> span = jdbc.sql("SELECT min(month), max(month) FROM earlywarning_indicator"
                        + " WHERE unit_level = :level AND category IN " + UCDP_CATEGORIES)
                .param("level", level.name())
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .list();
        if (span.isEmpty() || span.get(0)[0] == null) {
            return Optional.empty();
        }
        int first = Cadence.monthPeriod(YearMonth.from((LocalDate) span.get(0)[0]));
        int last = Cadence.monthPeriod(YearMonth.from((LocalDate) span.get(0)[1]));
        List<String> units = jdbc.sql("SELECT DISTINCT unit FROM earlywarning_indicator WHERE unit_level = :level"
                        + " AND category IN " + UCDP_CATEGORIES + " ORDER BY unit")
                .param("level", level.name())
                .query(String.class)
                .list();
        Map<String, Integer> index = new HashMap<>();
        units.forEach(u -> index.put(u, index.size()));
        double[][] values = new double[units.size()][last - first + 1];
        jdbc.sql("SELECT unit, month, fatalities FROM earlywarning_indicator WHERE unit_level = :level"
                        + " AND category = 'STATE_BASED_CONFLICT'")
                .param("level", level.name())
                .query((rs, n) -> {
                    int period = Cadence.monthPeriod(YearMonth.from(rs.getObject("month", LocalDate.class)));
                    values[index.get(rs.getString("unit"))][period - first] += rs.getDouble("fatalities");
                    return period;
                })
                .list();
        Panel panel = Panel.of(Cadence.MONTHLY, units, first, values);
        return Optional.of(level == UnitLevel.ADMIN1 ? panel.withNeighbours(sameCountry(units)) : panel);
    }

    static Map<Integer, int[]> sameCountry(List<String> units) {
        Map<String, List<Integer>> byCountry = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            byCountry
                    .computeIfAbsent(countryOf(units.get(u)), c -> new ArrayList<>())
                    .add(u);
        }
        Map<Integer, int[]> out = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            int self = u;
            out.put(
                    u,
                    byCountry.get(countryOf(units.get(u))).stream()
                            .filter(o -> o != self)
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
        return out;
    }

    static String countryOf(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }
}
