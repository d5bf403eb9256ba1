package org.gsi.earlywarning.internal.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.earlywarning.internal.indicators.Admin1Names;
import org.postgresql.PGConnection;

/**
 * The change one chunk makes to the indicator rollups, summed in memory per unit, month and category: written
 * events add their contribution, replaced ones take their old contribution away. Applied with one COPY and one
 * upsert, so the rollups equal an aggregation of the stored events after every chunk.
 */
final class RollupDelta {

    static final String CREATE = "CREATE TEMP TABLE IF NOT EXISTS earlywarning_rollup_delta (unit_level TEXT,"
            + " unit TEXT, country CHAR(3), month DATE, category TEXT, events BIGINT, fatalities BIGINT,"
            + " conflictual BIGINT, cooperative BIGINT, goldstein_sum NUMERIC) ON COMMIT DELETE ROWS";

    private static final String APPLY = "INSERT INTO earlywarning_indicator AS i (unit_level, unit, country, month,"
            + " category, events, fatalities, conflictual, cooperative, goldstein_sum)"
            + " SELECT * FROM earlywarning_rollup_delta ON CONFLICT (unit_level, unit, country, month, category)"
            + " DO UPDATE SET events = i.events + EXCLUDED.events, fatalities = i.fatalities + EXCLUDED.fatalities,"
            + " conflictual = i.conflictual + EXCLUDED.conflictual,"
            + " cooperative = i.cooperative + EXCLUDED.cooperative,"
            + " goldstein_sum = i.goldstein_sum + EXCLUDED.goldstein_sum";

    private static final String DROP_EMPTY = "DELETE FROM earlywarning_indicator i USING earlywarning_rollup_delta d"
            + " WHERE i.unit_level = d.unit_level AND i.unit = d.unit AND i.country = d.country"
            + " AND i.month = d.month AND i.category = d.category AND i.events = 0";

    private record Key(String level, String unit, String country, LocalDate month, String category) {}

    /** A country, month and category: the rows of a chunk fall into few of them, many times each. */
    private record CountryMonth(String country, LocalDate month, String category) {}

    private static final class Sums {
        long events;
        long fatalities;
        long conflictual;
        long cooperative;
        long goldsteinTenths;

        void add(StagedRow.Contribution c, int sign) {
            events += sign;
            fatalities += (long) sign * c.fatalities();
            if (c.quadClass() >= 3) {
                conflictual += sign;
            } else if (c.quadClass() == 1 || c.quadClass() == 2) {
                cooperative += sign;
            }
            goldsteinTenths += (long) sign * c.goldsteinTenths();
        }

        void add(Sums other) {
            events += other.events;
            fatalities += other.fatalities;
            conflictual += other.conflictual;
            cooperative += other.cooperative;
            goldsteinTenths += other.goldsteinTenths;
        }
    }

    /**
     * The sums of one country, month and category: the country's own, its admin1 divisions by the name the source
     * gives (resolved to units when applied, where names that mean one division meet) and its grid cells.
     */
    private static final class Cell {
        final Sums country = new Sums();
        final Map<String, Sums> admin1ByName = new HashMap<>();
        final Map<Integer, Sums> grid = new HashMap<>();
    }

    private final Map<CountryMonth, Cell> cells = new HashMap<>();
    private boolean subtracted;

    void add(StagedRow.Contribution c, int sign) {
        subtracted |= sign < 0;
        Cell cell = cells.computeIfAbsent(new CountryMonth(c.country(), c.month(), c.category()), k -> new Cell());
        cell.country.add(c, sign);
        if (!c.admin1().isEmpty()) {
            cell.admin1ByName.computeIfAbsent(c.admin1(), k -> new Sums()).add(c, sign);
        }
        if (c.gid() != null) {
            cell.grid.computeIfAbsent(c.gid(), k -> new Sums()).add(c, sign);
        }
    }

    /** Adds another change to this one (the sums of rows gathered elsewhere). */
    void add(RollupDelta other) {
        subtracted |= other.subtracted;
        other.cells.forEach((k, theirs) -> {
            Cell mine = cells.computeIfAbsent(k, x -> new Cell());
            mine.country.add(theirs.country);
            theirs.admin1ByName.forEach((name, s) ->
                    mine.admin1ByName.computeIfAbsent(name, x -> new Sums()).add(s));
            theirs.grid.forEach(
                    (gid, s) -> mine.grid.computeIfAbsent(gid, x -> new Sums()).add(s));
        });
    }

    /** Country-months whose events changed, as {@code CAF:2020-05-01}. */
    Set<String> touchedCountryMonths() {
        Set<String> touched = new TreeSet<>();
        cells.keySet().forEach(k -> touched.add(k.country() + ":" + k.month()));
        return touched;
    }

    /** The sums per rollup row: admin1 names resolved to their units, names of one unit added together. */
    private Map<Key, Sums> sums() {
        Map<Key, Sums> sums = new HashMap<>();
        cells.forEach((k, cell) -> {
            sums.put(new Key("COUNTRY", k.country(), k.country(), k.month(), k.category()), cell.country);
            cell.admin1ByName.forEach((name, s) -> sums.computeIfAbsent(
                            new Key(
                                    "ADMIN1",
                                    Admin1Names.unit(k.country(), name),
                                    k.country(),
                                    k.month(),
                                    k.category()),
                            x -> new Sums())
                    .add(s));
            cell.grid.forEach(
                    (gid, s) -> sums.put(new Key("GRID", gid.toString(), k.country(), k.month(), k.category()), s));
        });
        return sums;
    }

    void apply(Connection connection) throws SQLException, IOException {
        if (cells.isEmpty()) {
            return;
        }
        Map<Key, Sums> sums = sums();
        CopyRow row = new CopyRow();
        ByteArrayOutputStream rows = new ByteArrayOutputStream(sums.size() * 64);
        sums.forEach((k, s) -> {
            rows.writeBytes(row.text(k.level())
                    .text(k.unit())
                    .text(k.country())
                    .raw(k.month().toString())
                    .text(k.category())
                    .raw(Long.toString(s.events))
                    .raw(Long.toString(s.fatalities))
                    .raw(Long.toString(s.conflictual))
                    .raw(Long.toString(s.cooperative))
                    .raw(BigDecimal.valueOf(s.goldsteinTenths, 1).toPlainString())
                    .end());
            rows.write('\n');
        });
        connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY earlywarning_rollup_delta FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
        try (Statement s = connection.createStatement()) {
            s.execute(APPLY);
            if (subtracted) {
                s.execute(DROP_EMPTY);
            }
        }
    }
}
