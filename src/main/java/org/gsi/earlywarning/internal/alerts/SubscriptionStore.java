package org.gsi.earlywarning.internal.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the parties' alert subscriptions; a party reads and changes only its own. */
@Repository
class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the subscription; returns false when the party already has the same one. */
    boolean insert(UUID id, String party, String kind, String target, String user) {
        return jdbc.sql("INSERT INTO earlywarning_alert_subscription (id, party, target_kind, target, created_by)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT"
                                + " earlywarning_alert_subscription_once DO NOTHING")
                        .params(id, party, kind, target, user)
                        .update()
                == 1;
    }

    Optional<SubscriptionView> find(UUID id, String party) {
        return jdbc.sql("SELECT * FROM earlywarning_alert_subscription WHERE id = ? AND party = ?")
                .params(id, party)
                .query(SubscriptionStore::view)
                .optional();
    }

    List<SubscriptionView> ofParty(String party) {
        return jdbc.sql("SELECT * FROM earlywarning_alert_subscription WHERE party = ? ORDER BY created_at, id")
                .param(party)
                .query(SubscriptionStore::view)
                .list();
    }

    void delete(UUID id, String party) {
        jdbc.sql("DELETE FROM earlywarning_alert_subscription WHERE id = ? AND party = ?")
                .params(id, party)
                .update();
    }

    /** The parties subscribed to any of these targets. */
    List<String> partiesFor(
            String country, Collection<String> regions, Collection<String> domains, Optional<UUID> situation) {
        return jdbc.sql("SELECT DISTINCT party FROM earlywarning_alert_subscription WHERE"
                        + " (target_kind = 'COUNTRY' AND target = :country)"
                        + " OR (target_kind = 'REGION' AND target = ANY(:regions))"
                        + " OR (target_kind = 'DOMAIN' AND target = ANY(:domains))"
                        + " OR (target_kind = 'SITUATION' AND target = :situation) ORDER BY party")
                .param("country", country)
                .param("regions", regions.toArray(String[]::new))
                .param("domains", domains.toArray(String[]::new))
                .param("situation", situation.map(UUID::toString).orElse(""))
                .query(String.class)
                .list();
    }

    static SubscriptionView view(ResultSet rs, int n) throws SQLException {
        return new SubscriptionView(
                rs.getObject("id", UUID.class),
                rs.getString("party"),
                rs.getString("target_kind"),
                rs.getString("target"),
                rs.getTimestamp("created_at").toInstant());
    }
}
