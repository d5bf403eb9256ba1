package org.gsi.earlywarning.internal.alerts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.PagedSql;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alert rules list: the rules a reader may read ({@link AlertRuleStore#READABLE}: a situation's rules only for
 * the situation's readers, in the rows and the count alike), optionally of one kind, in an order from a fixed set of
 * columns, one page at a time in SQL.
 */
@Repository
class RuleListing {

    /** The sortable columns by their names in the address, with the SQL that orders by each. */
    static final Map<String, String> COLUMNS = columns();

    private final JdbcClient jdbc;

    RuleListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageView<RuleView> page(String reader, Optional<Alert.AlertKind> kind, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("reader", reader);
        String where = " WHERE" + AlertRuleStore.READABLE;
        if (kind.isPresent()) {
            where += " AND r.kind = :kind";
            params.put("kind", kind.get().name());
        }
        return PagedSql.page(
                jdbc,
                "r.*, s.countries AS situation_countries",
                "FROM earlywarning_alert_rule r LEFT JOIN earlywarning_situation s ON s.id = r.situation_id" + where,
                params,
                paging.orderBy(COLUMNS, "r.created_at DESC, r.id"),
                paging,
                AlertRuleStore::view);
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("scope", "r.scope");
        c.put("kind", "r.kind");
        c.put("status", "r.enabled");
        c.put("owner", "r.owner_party");
        c.put("created", "r.created_at");
        return Map.copyOf(c);
    }
}
