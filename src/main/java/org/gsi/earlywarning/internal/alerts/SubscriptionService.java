package org.gsi.earlywarning.internal.alerts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionView;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A party's subscriptions to countries, M49 regions, security domains and situations: its own business alone. */
@Service
class SubscriptionService {

    private final SubscriptionStore store;
    private final SituationFacts situations;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final AuditLog audit;

    SubscriptionService(
            SubscriptionStore store, SituationFacts situations, Registry registry, Taxonomy taxonomy, AuditLog audit) {
        this.store = store;
        this.situations = situations;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    List<SubscriptionView> mine(Actor actor) {
        actor.require(Permission.READ_PARTY_RECORDS, actor.partyCode(), "read", "alert-subscription", null);
        return store.ofParty(actor.partyCode());
    }

    @Transactional
    SubscriptionView subscribe(Actor actor, SubscriptionRequest r) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", "alert-subscription", null);
        String kind = kind(r.targetKind());
        String target = target(actor, kind, r.target());
        UUID id = UUID.randomUUID();
        if (!store.insert(id, actor.partyCode(), kind, target, actor.username())) {
            throw new ConflictException(Message.of("earlywarning.refused.subscribed." + kind, target));
        }
        audit.record(
                actor,
                "create",
                "alert-subscription",
                id.toString(),
                actor.partyCode(),
                "Subscribed to alerts of " + kind.toLowerCase(Locale.ROOT) + " " + target);
        return store.find(id, actor.partyCode()).orElseThrow();
    }

    @Transactional
    void unsubscribe(Actor actor, UUID id) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "delete", "alert-subscription", id.toString());
        store.find(id, actor.partyCode()).orElseThrow(() -> new NotFoundException("alert subscription", id.toString()));
        store.delete(id, actor.partyCode());
        audit.record(
                actor, "delete", "alert-subscription", id.toString(), actor.partyCode(), "Unsubscribed from alerts");
    }

    private static String kind(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!List.of("COUNTRY", "REGION", "DOMAIN", "SITUATION").contains(v)) {
            throw new InvalidInputException(
                    "targetKind", Message.of("earlywarning.refused.oneOf", "country, region, domain, situation"));
        }
        return v;
    }

    private String target(Actor actor, String kind, String value) {
        String v = value == null ? "" : value.trim();
        return switch (kind) {
            case "COUNTRY" -> {
                String iso = v.toUpperCase(Locale.ROOT);
                if (!iso.matches("[A-Z]{3}") || !registry.exists(iso)) {
                    throw new InvalidInputException("target", Message.of("earlywarning.refused.countryCode"));
                }
                yield iso;
            }
            case "REGION" -> {
                if (!v.matches("\\d{3}")) {
                    throw new InvalidInputException("target", Message.of("earlywarning.refused.region"));
                }
                yield v;
            }
            case "DOMAIN" -> {
                if (!taxonomy.isA(TermKind.DOMAIN, v)) {
                    throw new InvalidInputException("target", Message.of("earlywarning.refused.domains", v));
                }
                yield v;
            }
            default -> situation(actor, v);
        };
    }

    private String situation(Actor actor, String value) {
        UUID id;
        try {
            id = UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("target", Message.of("earlywarning.refused.situationId"));
        }
        return situations
                .readable(id, actor.partyCode())
                .orElseThrow(() -> new NotFoundException("situation", value))
                .id()
                .toString();
    }
}
