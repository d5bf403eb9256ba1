package org.gsi.earlywarning.internal.events;

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
import org.gsi.earlywarning.internal.ingest.indicators.Admin1Names;
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

    private static final class Sums {
        long events;
        long fatalities;
        long conflictual;
        long cooperative;
        long goldsteinTenths;
    }

    private final Map<Key, Sums> sums = new HashMap<>();
    /** Admin1 units by country and the name a source gives: a chunk's events name few divisions, many times each. */
    private final Map<String, Map<String, String>> admin1Units = new HashMap<>();

    private final Set<String> touchedCountryMonths = new TreeSet<>();
    private boolean subtracted;

    void add(StagedRow.Contribution c, int sign) {
        subtracted |= sign < 0;
        add(new Key("COUNTRY", c.country(), c.country(), c.month(), c.category()), c, sign);
        if (!c.admin1().isEmpty()) {
            add(new Key("ADMIN1", admin1Unit(c.country(), c.admin1()), c.country(), c.month(), c.category()), c, sign);
        }
        if (c.gid() != null) {
            add(new Key("GRID", c.gid().toString(), c.country(), c.month(), c.category()), c, sign);
        }
        touchedCountryMonths.add(c.country() + ":" + c.month());
    }

    private String admin1Unit(String country, String admin1) {
        return admin1Units
                .computeIfAbsent(country, k -> new HashMap<>())
                .computeIfAbsent(admin1, name -> Admin1Names.unit(country, name));
    }

    /** Country-months whose events changed, as {@code CAF:2020-05-01}. */
    Set<String> touchedCountryMonths() {
        return touchedCountryMonths;
    }

    void apply(Connection connection) throws SQLException, IOException {
        if (sums.isEmpty()) {
            return;
        }
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

    private void add(Key key, StagedRow.Contribution c, int sign) {
        Sums s = sums.computeIfAbsent(key, k -> new Sums());
        s.events += sign;
        s.fatalities += (long) sign * c.fatalities();
        if (c.quadClass() >= 3) {
            s.conflictual += sign;
        } else if (c.quadClass() == 1 || c.quadClass() == 2) {
            s.cooperative += sign;
        }
        s.goldsteinTenths += (long) sign * c.goldsteinTenths();
    }
}
