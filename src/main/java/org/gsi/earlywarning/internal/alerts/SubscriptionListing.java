package org.gsi.earlywarning.internal.alerts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.internal.PagedSql;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionView;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subscriptions list: one party's own subscriptions only, optionally of one kind, in an order from a fixed set
 * of columns, one page at a time in SQL.
 */
@Repository
class SubscriptionListing {

    /** The kinds of target, as stored. */
    static final List<String> KINDS = List.of("COUNTRY", "REGION", "DOMAIN", "SITUATION");

    /** The sortable columns by their names in the address, with the SQL that orders by each. */
    static final Map<String, String> COLUMNS = columns();

    private final JdbcClient jdbc;

    SubscriptionListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageView<SubscriptionView> page(String party, Optional<String> kind, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("party", party);
        String where = " WHERE party = :party";
        if (kind.isPresent()) {
            where += " AND target_kind = :kind";
            params.put("kind", kind.get());
        }
        return PagedSql.page(
                jdbc,
                "*",
                "FROM earlywarning_alert_subscription" + where,
                params,
                paging.orderBy(COLUMNS, "created_at, id"),
                paging,
                SubscriptionStore::view);
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("kind", "target_kind");
        c.put("target", "target");
        c.put("created", "created_at");
        return Map.copyOf(c);
    }
}
