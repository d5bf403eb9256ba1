package org.gsi.earlywarning.internal.alerts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of alert rules. Global and country rules are read by every user; a situation's rules only by the readers of
 * the situation.
 */
@Repository
class AlertRuleStore {

    static final String SITUATION_VISIBLE = Visibility.sqlPredicate("s", "parties_concerned");
    private static final String SELECT = "SELECT r.*, s.countries AS situation_countries FROM earlywarning_alert_rule r"
            + " LEFT JOIN earlywarning_situation s ON s.id = r.situation_id";
    static final String READABLE = " r.retired_at IS NULL AND (r.situation_id IS NULL OR " + SITUATION_VISIBLE + ")";

    private final JdbcClient jdbc;

    AlertRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AlertRule rule, boolean enabled, String owner, String user) {
        AlertRule.Parameters p = rule.parameters();
        jdbc.sql("INSERT INTO earlywarning_alert_rule (id, scope, country, situation_id, kind, metric, category, k,"
                        + " min_rise, threshold, quiet_months, probability, horizon, enabled, owner_party, created_by)"
                        + " VALUES (:id, :scope, :country, :situation, :kind, :metric, :category, :k, :minRise,"
                        + " :threshold, :quiet, :probability, :horizon, :enabled, :owner, :user)")
                .param("id", rule.id())
                .param("scope", rule.scope().name())
                .param("country", rule.country())
                .param("situation", rule.situationId())
                .param("kind", rule.kind().name())
                .param("metric", rule.metric())
                .param("category", rule.category())
                .param("k", p.k())
                .param("minRise", p.minRise())
                .param("threshold", p.threshold())
                .param("quiet", p.quietMonths())
                .param("probability", p.probability())
                .param("horizon", p.horizon())
                .param("enabled", enabled)
                .param("owner", owner)
                .param("user", user)
                .update();
    }

    /** Replaces kind, metric, category, parameters and enabled when the version matches; returns whether it did. */
    boolean update(AlertRule rule, boolean enabled, long version) {
        AlertRule.Parameters p = rule.parameters();
        return jdbc.sql("UPDATE earlywarning_alert_rule SET kind = :kind, metric = :metric, category = :category,"
                                + " k = :k, min_rise = :minRise, threshold = :threshold, quiet_months = :quiet,"
                                + " probability = :probability, horizon = :horizon, enabled = :enabled,"
                                + " version = version + 1 WHERE id = :id AND version = :version")
                        .param("kind", rule.kind().name())
                        .param("metric", rule.metric())
                        .param("category", rule.category())
                        .param("k", p.k())
                        .param("minRise", p.minRise())
                        .param("threshold", p.threshold())
                        .param("quiet", p.quietMonths())
                        .param("probability", p.probability())
                        .param("horizon", p.horizon())
                        .param("enabled", enabled)
                        .param("id", rule.id())
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Retires the rule when the version matches: switched off, out of lists and evaluation, kept for the alerts it
     * raised. Returns whether it did.
     */
    boolean retire(UUID id, long version, String user) {
        return jdbc.sql("UPDATE earlywarning_alert_rule SET enabled = false, retired_at = now(), retired_by = :user,"
                                + " version = version + 1 WHERE id = :id AND version = :version AND retired_at IS NULL")
                        .param("user", user)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    Optional<RuleView> find(UUID id, String reader) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND" + READABLE)
                .param("id", id)
                .param("reader", reader)
                .query(AlertRuleStore::view)
                .optional();
    }

    List<RuleView> list(String reader, UUID situation) {
        String where = situation == null ? "" : " AND r.situation_id = :situation";
        var q = jdbc.sql(SELECT + " WHERE" + READABLE + where + " ORDER BY r.created_at DESC, r.id LIMIT 500")
                .param("reader", reader);
        if (situation != null) {
            q = q.param("situation", situation);
        }
        return q.query(AlertRuleStore::view).list();
    }

    /** A stored rule with the countries of its situation, for evaluation. */
    Optional<AlertRule> stored(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(AlertRuleStore::rule)
                .optional();
    }

    /** Every enabled rule, with the countries of its situation, for evaluation. */
    List<AlertRule> enabled() {
        return jdbc.sql(SELECT + " WHERE r.enabled AND r.retired_at IS NULL")
                .query(AlertRuleStore::rule)
                .list();
    }

    private static AlertRule rule(ResultSet rs, int n) throws SQLException {
        return new AlertRule(
                rs.getObject("id", UUID.class),
                AlertRule.Scope.valueOf(rs.getString("scope")),
                trimmed(rs.getString("country")),
                rs.getObject("situation_id", UUID.class),
                strings(rs.getArray("situation_countries")),
                Alert.AlertKind.valueOf(rs.getString("kind")),
                rs.getString("metric"),
                rs.getString("category"),
                new AlertRule.Parameters(
                        rs.getObject("k", Double.class),
                        rs.getObject("min_rise", Double.class),
                        rs.getObject("threshold", Double.class),
                        rs.getObject("quiet_months", Integer.class),
                        rs.getObject("probability", Double.class),
                        rs.getObject("horizon", Integer.class)));
    }

    static RuleView view(ResultSet rs, int n) throws SQLException {
        AlertRule r = rule(rs, n);
        AlertRule.Parameters p = r.parameters();
        return new RuleView(
                r.id(),
                r.scope().name(),
                r.country(),
                r.situationId(),
                r.kind().name(),
                r.metric(),
                r.category(),
                p.k(),
                p.minRise(),
                p.threshold(),
                p.quietMonths(),
                p.probability(),
                p.horizon(),
                rs.getBoolean("enabled"),
                rs.getString("owner_party"),
                rs.getString("created_by"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
