package org.gsi.earlywarning.internal.alerts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.PagedSql;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts list: the alerts a reader may read ({@link AlertStore#READABLE}, in the rows and in the count alike),
 * filtered by country, rule, period and the reader's party's triage state, in an order from a fixed set of columns,
 * one page at a time in SQL. An alert the party has not touched is new for it.
 */
@Repository
class AlertListing {

    /** The sortable columns by their names in the address, with the SQL that orders by each. */
    static final Map<String, String> COLUMNS = columns();

    private static final String FROM = "FROM earlywarning_alert a LEFT JOIN earlywarning_alert_triage t"
            + " ON t.alert_id = a.id AND t.party = :reader";
    private static final String STATE = "coalesce(t.state, 'NEW')";

    private final JdbcClient jdbc;
    private final AlertStore alerts;

    AlertListing(JdbcClient jdbc, AlertStore alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    /** What the list is narrowed to; every field may be empty. */
    record Filter(
            Optional<String> country,
            Optional<UUID> rule,
            Optional<AlertTriage.State> state,
            Optional<YearMonth> from,
            Optional<YearMonth> to) {}

    /** An alert with where the reader's party stands with it. */
    record Row(AlertView alert, String state) {}

    PageView<Row> page(String reader, Filter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("reader", reader);
        String where = where(filter, params);
        return PagedSql.page(
                jdbc,
                "a.*, " + STATE + " AS triage_state",
                FROM + where,
                params,
                paging.orderBy(COLUMNS, "a.created_at DESC, a.id"),
                paging,
                (rs, n) -> new Row(alerts.view(rs, n), rs.getString("triage_state")));
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>(List.of(AlertStore.READABLE));
        f.country().ifPresent(c -> add(clauses, params, "a.country = :country", "country", c));
        f.rule().ifPresent(r -> add(clauses, params, "a.rule_id = :rule", "rule", r));
        f.state().ifPresent(s -> add(clauses, params, STATE + " = :state", "state", s.name()));
        f.from().ifPresent(m -> add(clauses, params, "a.month >= :from", "from", m.atDay(1)));
        f.to().ifPresent(m -> add(clauses, params, "a.month <= :to", "to", m.atDay(1)));
        return " WHERE " + String.join(" AND ", clauses);
    }

    private static void add(List<String> clauses, Map<String, Object> params, String sql, String name, Object v) {
        clauses.add(sql);
        params.put(name, v);
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("month", "a.month");
        c.put("country", "a.country");
        c.put("kind", "a.kind");
        c.put("state", STATE);
        c.put("raised", "a.created_at");
        return Map.copyOf(c);
    }
}
