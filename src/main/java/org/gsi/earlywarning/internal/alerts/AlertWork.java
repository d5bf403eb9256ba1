package org.gsi.earlywarning.internal.alerts;

import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.gsi.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Alerts delivered to the user's party through its subscriptions that it has not yet acknowledged or closed, newest
 * first, as far as the party may still read them.
 */
@Component
class AlertWork implements WorkSource {

    private static final String WAITING =
            " FROM earlywarning_alert_triage t JOIN earlywarning_alert a ON a.id = t.alert_id"
                    + " WHERE t.party = :reader AND t.state = 'NEW' AND" + AlertStore.READABLE;

    private final JdbcClient jdbc;
    private final Registry registry;

    AlertWork(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public String kind() {
        return "alerts";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        long total = jdbc.sql("SELECT count(*)" + WAITING)
                .param("reader", actor.partyCode())
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT a.id, a.country, a.unit, a.month, a.created_at" + WAITING
                        + " ORDER BY a.created_at DESC, a.id LIMIT :limit")
                .param("reader", actor.partyCode())
                .param("limit", limit)
                .query((rs, n) -> new WorkList.Item(
                        place(rs.getString("country").trim(), rs.getString("unit"), language) + " · "
                                + rs.getDate("month").toLocalDate().toString().substring(0, 7),
                        "/early-warning/alerts/" + rs.getObject("id"),
                        Optional.empty(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new WorkList(kind(), items, total);
    }

    private String place(String country, String unit, String language) {
        String name = registry.find(country).map(p -> p.name(language)).orElse(country);
        return unit == null || unit.isBlank() || unit.equals(country) ? name : name + " (" + unit + ")";
    }
}
