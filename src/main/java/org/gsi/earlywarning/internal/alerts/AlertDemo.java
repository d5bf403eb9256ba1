package org.gsi.earlywarning.internal.alerts;

import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo content: two global rules of the secretariat, set up once before the demo events are imported so that the
 * import raises alerts - a strong escalation of fatalities (3 standard deviations and at least 50) and a forecast
 * probability of more than 25 fatalities next month above 50 %.
 */
@Component
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
@Order(59)
class AlertDemo implements ApplicationRunner {

    static final String DEMO_USER = "demo";
    static final String SECRETARIAT = "gsi-secretariat";

    private final AlertRuleStore rules;
    private final JdbcClient jdbc;

    AlertDemo(AlertRuleStore rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("SELECT count(*) FROM earlywarning_alert_rule WHERE created_by = ?")
                .param(DEMO_USER)
                .query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        add(new RuleRequest(
                "global", null, null, "escalation", "fatalities", null, 3.0, 50.0, null, null, null, null, true));
        add(new RuleRequest(
                "global", null, null, "forecast-probability", "p_gt_25", null, null, null, null, null, 0.5, 1, true));
    }

    private void add(RuleRequest r) {
        AlertRule rule = AlertRule.validated(UUID.randomUUID(), AlertRule.Scope.GLOBAL, null, null, r);
        rules.insert(rule, true, SECRETARIAT, DEMO_USER);
    }
}
