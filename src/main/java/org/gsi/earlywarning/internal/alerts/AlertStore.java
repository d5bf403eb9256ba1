package org.gsi.earlywarning.internal.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.platform.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL of raised alerts. An alert of a situation's rule is read only by the situation's readers (the situation's
 * visibility predicate); every other alert is computed from public event data and read by everyone.
 */
@Repository
class AlertStore {

    static final String READABLE = " (a.situation_id IS NULL OR EXISTS (SELECT 1 FROM earlywarning_situation s"
            + " WHERE s.id = a.situation_id AND " + AlertRuleStore.SITUATION_VISIBLE + "))";
    private static final TypeReference<Map<String, Double>> NUMBERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AlertStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores an alert unless the rule already raised one for the unit and month; returns it when new. */
    Optional<AlertView> insertIfNew(AlertRule rule, String country, String metric, Alert alert) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("INSERT INTO earlywarning_alert (id, rule_id, kind, metric, country, unit, month,"
                        + " situation_id, explanation_key, explanation_args, numbers) VALUES (:id, :rule, :kind, :metric,"
                        + " :country, :unit, :month, :situation, :explanation, CAST(:args AS jsonb),"
                        + " CAST(:numbers AS jsonb))"
                        + " ON CONFLICT ON CONSTRAINT earlywarning_alert_once DO NOTHING")
                .param("id", id)
                .param("rule", rule.id())
                .param("kind", alert.kind().name())
                .param("metric", metric)
                .param("country", country)
                .param("unit", alert.unit())
                .param("month", alert.month().atDay(1))
                .param("situation", rule.situationId())
                .param("explanation", alert.explanation().key())
                .param("args", alert.explanation().argsJson())
                .param("numbers", json.writeValueAsString(alert.numbers()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return get(id);
    }

    /** An alert as stored, whoever may read it. */
    Optional<AlertView> get(UUID id) {
        return jdbc.sql("SELECT * FROM earlywarning_alert a WHERE a.id = ?")
                .param(id)
                .query(this::view)
                .optional();
    }

    Optional<AlertView> find(UUID id, String reader) {
        return jdbc.sql("SELECT * FROM earlywarning_alert a WHERE a.id = :id AND" + READABLE)
                .param("id", id)
                .param("reader", reader)
                .query(this::view)
                .optional();
    }

    /** The newest alerts the reader may see, optionally of one country or situation. */
    List<AlertView> recent(String reader, String country, UUID situation, int limit) {
        List<String> where = new ArrayList<>(List.of(READABLE));
        if (country != null) {
            where.add(" a.country = :country");
        }
        if (situation != null) {
            where.add(" a.situation_id = :situation");
        }
        var q = jdbc.sql("SELECT * FROM earlywarning_alert a WHERE" + String.join(" AND", where)
                        + " ORDER BY a.month DESC, a.created_at DESC, a.id LIMIT :limit")
                .param("reader", reader)
                .param("limit", limit);
        if (country != null) {
            q = q.param("country", country);
        }
        if (situation != null) {
            q = q.param("situation", situation);
        }
        return q.query(this::view).list();
    }

    AlertView view(ResultSet rs, int n) throws SQLException {
        LocalDate month = rs.getDate("month").toLocalDate();
        return new AlertView(
                rs.getObject("id", UUID.class),
                rs.getObject("rule_id", UUID.class),
                rs.getString("kind"),
                rs.getString("metric"),
                rs.getString("country").trim(),
                rs.getString("unit"),
                YearMonth.from(month).toString(),
                rs.getObject("situation_id", UUID.class),
                Message.stored(rs.getString("explanation_key"), rs.getString("explanation_args")),
                json.readValue(rs.getString("numbers"), NUMBERS),
                rs.getTimestamp("created_at").toInstant());
    }
}
