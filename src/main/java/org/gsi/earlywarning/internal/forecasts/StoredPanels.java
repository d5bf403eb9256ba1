package org.gsi.earlywarning.internal.forecasts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.forecasts.models.Cadence;
import org.gsi.earlywarning.internal.forecasts.models.ConflictNeighbourhood;
import org.gsi.earlywarning.internal.forecasts.models.ConflictPanel;
import org.gsi.earlywarning.internal.forecasts.models.Panel;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly panels of UCDP fatalities read from the stored indicator rollups: per country, per PRIO-GRID cell and per
 * admin1. The months start at the first month with a UCDP event in the store. Each country is observed until its own
 * end in UCDP: the last month of the UCDP files that carried its events (the latest event month of each import),
 * never until the store's latest month, so a country whose file ends earlier is not zero-filled for the months
 * another country's file covers. At admin1 level the units of one country are each other's neighbours.
 */
@Repository
class StoredPanels {

    static final String UCDP_CATEGORIES = "('STATE_BASED_CONFLICT', 'NON_STATE_CONFLICT', 'ONE_SIDED_VIOLENCE')";
    static final String UCDP_SOURCE = "ucdp-ged";

    private final JdbcClient jdbc;
    private volatile ConflictNeighbourhood neighbourhood;

    StoredPanels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the store holds any UCDP event. */
    boolean hasUcdpEvents() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM earlywarning_event WHERE source = :source)")
                .param("source", UCDP_SOURCE)
                .query(Boolean.class)
                .single();
    }

    /** Each country's last observed month in UCDP. */
    Map<String, YearMonth> observedUntil() {
        Map<String, YearMonth> out = new HashMap<>();
        jdbc.sql(
                        "WITH ucdp AS (SELECT country, coalesce(import_job::text, '') AS job, max(month) AS last"
                                + " FROM earlywarning_event WHERE source = :source GROUP BY country, 2),"
                                + " job AS (SELECT job, max(last) AS last FROM ucdp GROUP BY job)"
                                + " SELECT u.country, max(j.last) AS last FROM ucdp u JOIN job j USING (job) GROUP BY u.country")
                .param("source", UCDP_SOURCE)
                .query(rs -> {
                    out.put(rs.getString("country").trim(), YearMonth.from(rs.getObject("last", LocalDate.class)));
                });
        return out;
    }

    /** The country or grid panel of state-based (target) and other UCDP fatalities; empty without UCDP data. */
    Optional<ConflictPanel> conflict(UnitLevel level) {
        if (level == UnitLevel.ADMIN1) {
            throw new IllegalArgumentException("a conflict panel is kept for countries and grid cells, not " + level);
        }
        List<ConflictPanel.UnitMonth> countries = rows("COUNTRY");
        if (countries.isEmpty()) {
            return Optional.empty();
        }
        int first = countries.stream()
                .mapToInt(ConflictPanel.UnitMonth::period)
                .min()
                .orElseThrow();
        Map<String, Integer> until = new HashMap<>();
        observedUntil().forEach((iso, month) -> until.put(iso, Cadence.monthPeriod(month)));
        if (level == UnitLevel.COUNTRY) {
            return Optional.of(ConflictPanel.countries(countries, first, until, neighbourhood()));
        }
        List<ConflictPanel.UnitMonth> cells = rows("GRID");
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ConflictPanel.grid(cells, countries, first, until, neighbourhood()));
    }

    /**
     * The admin1 panel of state-based fatalities; a unit is active until its country's last observed month. Empty
     * without admin1 data.
     */
    Optional<Panel> admin1() {
        List<ConflictPanel.UnitMonth> rows = rows("ADMIN1");
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int first =
                rows.stream().mapToInt(ConflictPanel.UnitMonth::period).min().orElseThrow();
        Map<String, YearMonth> until = observedUntil();
        List<String> units = rows.stream()
                .map(ConflictPanel.UnitMonth::unit)
                .distinct()
                .sorted()
                .toList();
        Map<String, Integer> index = new HashMap<>();
        units.forEach(u -> index.put(u, index.size()));
        Map<String, Integer> lastRow = new HashMap<>();
        rows.forEach(r -> lastRow.merge(r.country(), r.period(), Math::max));
        int[] end = new int[units.size()];
        int last = first;
        for (int u = 0; u < units.size(); u++) {
            String iso = countryOf(units.get(u));
            end[u] = Optional.ofNullable(until.get(iso))
                    .map(Cadence::monthPeriod)
                    .orElse(lastRow.get(iso));
            last = Math.max(last, end[u]);
        }
        double[][] values = new double[units.size()][last - first + 1];
        boolean[][] active = new boolean[units.size()][last - first + 1];
        for (ConflictPanel.UnitMonth r : rows) {
            values[index.get(r.unit())][r.period() - first] += r.stateBased();
        }
        for (int u = 0; u < units.size(); u++) {
            for (int t = first; t <= last; t++) {
                active[u][t - first] = t <= end[u];
            }
        }
        Panel panel = Panel.of(Cadence.MONTHLY, units, first, values).withActivity(active);
        return Optional.of(panel.withNeighbours(sameCountry(units)));
    }

    private List<ConflictPanel.UnitMonth> rows(String level) {
        return jdbc.sql("SELECT unit, country, month, sum(fatalities) FILTER (WHERE category = 'STATE_BASED_CONFLICT')"
                        + " AS state_based, sum(fatalities) FILTER (WHERE category <> 'STATE_BASED_CONFLICT') AS other"
                        + " FROM earlywarning_indicator WHERE unit_level = :level AND category IN " + UCDP_CATEGORIES
                        + " GROUP BY unit, country, month")
                .param("level", level)
                .query((rs, n) -> new ConflictPanel.UnitMonth(
                        rs.getString("unit"),
                        rs.getString("country").trim(),
                        Cadence.monthPeriod(YearMonth.from(rs.getObject("month", LocalDate.class))),
                        rs.getDouble("state_based"),
                        rs.getDouble("other")))
                .list();
    }

    /** The ACD conflict neighbourhood of every state, read once from the shipped files. */
    ConflictNeighbourhood neighbourhood() {
        ConflictNeighbourhood current = neighbourhood;
        if (current == null) {
            CountryCodes codes = CountryCodes.load();
            current = new ConflictNeighbourhood(BacktestJobs.acdPanel(), codes::fromGleditschWard);
            neighbourhood = current;
        }
        return current;
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
