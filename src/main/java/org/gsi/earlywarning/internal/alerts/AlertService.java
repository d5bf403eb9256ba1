package org.gsi.earlywarning.internal.alerts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert rules and alerts. Global and country rules are kept by the secretariat; a situation's rules by the
 * situation's owner party. Whoever may read a situation reads its rules and alerts; nobody else learns of them.
 */
@Service
class AlertService {

    private final AlertRuleStore rules;
    private final AlertStore alerts;
    private final SituationFacts situations;
    private final Registry registry;
    private final AuditLog audit;
    private final AlertEvaluator evaluator;

    /** A rule as saved, with the alerts its evaluation on the stored data raised. */
    record SavedRule(RuleView rule, List<AlertView> raised) {}

    AlertService(
            AlertRuleStore rules,
            AlertStore alerts,
            SituationFacts situations,
            Registry registry,
            AuditLog audit,
            AlertEvaluator evaluator) {
        this.evaluator = evaluator;
        this.rules = rules;
        this.alerts = alerts;
        this.situations = situations;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    SavedRule create(Actor actor, RuleRequest r) {
        AlertRule.Scope scope = scope(r.scope());
        UUID id = UUID.randomUUID();
        String country = null;
        UUID situation = null;
        String owner = actor.partyCode();
        switch (scope) {
            case GLOBAL -> requireSecretariat(actor, "create", null);
            case COUNTRY -> {
                requireSecretariat(actor, "create", null);
                country = country(r.country());
            }
            case SITUATION -> {
                situation = requireSituationOwner(actor, r.situationId(), "create", null);
                owner = situations.find(situation).orElseThrow().ownerParty();
            }
        }
        AlertRule rule = AlertRule.validated(id, scope, country, situation, r);
        rules.insert(rule, r.enabled() == null || r.enabled(), owner, actor.username());
        audit.record(actor, "create", "alert-rule", id.toString(), owner, describe(rule));
        return saved(id, actor);
    }

    @Transactional
    SavedRule update(Actor actor, UUID id, String ifMatch, RuleRequest r) {
        RuleView current = rule(id, actor.partyCode());
        requireManager(actor, current, "update");
        Versions.check(ifMatch, "alert rule", id.toString(), current.version());
        AlertRule.Scope scope = AlertRule.Scope.valueOf(current.scope());
        AlertRule rule = AlertRule.validated(id, scope, current.country(), current.situationId(), r);
        boolean enabled = r.enabled() == null ? current.enabled() : r.enabled();
        if (!rules.update(rule, enabled, current.version())) {
            throw new StaleVersionException(
                    "alert rule", id.toString(), rule(id, actor.partyCode()).version());
        }
        audit.record(actor, "update", "alert-rule", id.toString(), current.ownerParty(), describe(rule));
        return saved(id, actor);
    }

    /** Reads the saved rule back and, when it is enabled, evaluates it on the stored data at once. */
    private SavedRule saved(UUID id, Actor actor) {
        RuleView view = rules.find(id, actor.partyCode()).orElseThrow();
        List<AlertView> raised =
                view.enabled() ? evaluator.evaluateSaved(rules.stored(id).orElseThrow()) : List.of();
        return new SavedRule(view, raised);
    }

    /**
     * Deletes a rule for its users by retiring it at the version read ({@code ifMatch}): it raises no more alerts and
     * leaves the lists, while the alerts it already raised stay on record and keep pointing at it.
     */
    @Transactional
    void retire(Actor actor, UUID id, String ifMatch) {
        RuleView current = rule(id, actor.partyCode());
        requireManager(actor, current, "delete");
        Versions.check(ifMatch, "alert rule", id.toString(), current.version());
        if (!rules.retire(id, current.version(), actor.username())) {
            throw new StaleVersionException(
                    "alert rule", id.toString(), rule(id, actor.partyCode()).version());
        }
        audit.record(
                actor,
                "delete",
                "alert-rule",
                id.toString(),
                current.ownerParty(),
                "Retired alert rule; its alerts stay on record");
    }

    RuleView rule(UUID id, String reader) {
        return rules.find(id, reader).orElseThrow(() -> new NotFoundException("alert rule", id.toString()));
    }

    List<RuleView> rules(String reader, UUID situation) {
        return rules.list(reader, situation);
    }

    AlertView alert(UUID id, String reader) {
        return alerts.find(id, reader).orElseThrow(() -> new NotFoundException("alert", id.toString()));
    }

    List<AlertView> alerts(String reader, String country, UUID situation, int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", Message.of("earlywarning.refused.between", 1, 500));
        }
        String iso =
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        return alerts.recent(reader, iso, situation, limit);
    }

    private void requireManager(Actor actor, RuleView rule, String action) {
        if (rule.situationId() == null) {
            requireSecretariat(actor, action, rule.id().toString());
        } else {
            requireSituationOwner(actor, rule.situationId(), action, rule.id().toString());
        }
    }

    private static void requireSecretariat(Actor actor, String action, String id) {
        actor.require(Permission.MANAGE_REGISTRY, action, "alert-rule", id);
    }

    private UUID requireSituationOwner(Actor actor, UUID situation, String action, String id) {
        if (situation == null) {
            throw new InvalidInputException("situationId", Message.of("earlywarning.refused.situationRequired"));
        }
        SituationFacts.Situation s = situations
                .readable(situation, actor.partyCode())
                .orElseThrow(() -> new NotFoundException("situation", situation.toString()));
        actor.require(Permission.EDIT_PARTY_RECORDS, s.ownerParty(), action, "alert-rule", id);
        return s.id();
    }

    private String country(String value) {
        String iso = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!iso.matches("[A-Z]{3}") || !registry.exists(iso)) {
            throw new InvalidInputException("country", Message.of("earlywarning.refused.countryCode"));
        }
        return iso;
    }

    private static AlertRule.Scope scope(String value) {
        try {
            return AlertRule.Scope.valueOf(
                    value == null ? "GLOBAL" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "scope", Message.of("earlywarning.refused.oneOf", "global, country, situation"));
        }
    }

    private static String describe(AlertRule r) {
        return r.kind() + " rule on " + r.metric() + " (" + r.scope().name().toLowerCase(Locale.ROOT) + ")";
    }
}
