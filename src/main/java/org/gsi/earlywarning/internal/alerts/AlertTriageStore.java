package org.gsi.earlywarning.internal.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The triage rows of alerts, one per alert and party; every change checks the version in the same statement. */
@Repository
class AlertTriageStore {

    private final JdbcClient jdbc;

    AlertTriageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AlertTriage> find(UUID alert, String party) {
        return jdbc.sql("SELECT * FROM earlywarning_alert_triage WHERE alert_id = ? AND party = ?")
                .params(alert, party)
                .query((rs, n) -> AlertTriage.restore(
                        alert,
                        party,
                        AlertTriage.State.valueOf(rs.getString("state")),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getLong("version")))
                .optional();
    }

    /** Marks a new alert as delivered to these parties: it waits for each of them, new. */
    void delivered(UUID alert, Collection<String> parties, Instant at) {
        jdbc.sql("INSERT INTO earlywarning_alert_triage (alert_id, party, state, changed_at, delivered)"
                        + " SELECT ?, p, 'NEW', ?, TRUE FROM unnest(?::text[]) AS p"
                        + " ON CONFLICT (alert_id, party) DO UPDATE SET delivered = TRUE")
                .params(alert, Timestamp.from(at), parties.toArray(String[]::new))
                .update();
    }

    /**
     * Stores the step just taken, if the row is still at the version it was read at (version 0: no row yet).
     * Answers whether it was stored.
     */
    boolean save(AlertTriage t) {
        int n = t.version() == 0
                ? jdbc.sql("INSERT INTO earlywarning_alert_triage (alert_id, party, state, changed_by, changed_at,"
                                + " version) VALUES (?, ?, ?, ?, ?, 1)"
                                + " ON CONFLICT (alert_id, party) DO UPDATE SET state = EXCLUDED.state,"
                                + " changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at, version = 1"
                                + " WHERE earlywarning_alert_triage.version = 0")
                        .params(
                                t.alert(),
                                t.party(),
                                t.state().name(),
                                t.changedBy().orElse(null),
                                Timestamp.from(t.changedAt()))
                        .update()
                : jdbc.sql("UPDATE earlywarning_alert_triage SET state = ?, changed_by = ?, changed_at = ?,"
                                + " version = version + 1 WHERE alert_id = ? AND party = ? AND version = ?")
                        .params(
                                t.state().name(),
                                t.changedBy().orElse(null),
                                Timestamp.from(t.changedAt()),
                                t.alert(),
                                t.party(),
                                t.version())
                        .update();
        return n == 1;
    }
}
