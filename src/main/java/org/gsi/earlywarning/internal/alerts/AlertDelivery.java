package org.gsi.earlywarning.internal.alerts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Brings a new alert to the inbox of every party subscribed to its country, the country's M49 regions, a domain of
 * its situation (or of the public situations on the country) or its situation, when that party may read the alert;
 * the alert then waits, new, for the party's triage.
 */
@Component
class AlertDelivery {

    private final SubscriptionStore subscriptions;
    private final SituationFacts situations;
    private final Registry registry;
    private final Notifications notifications;
    private final AlertTriageStore triage;

    AlertDelivery(
            SubscriptionStore subscriptions,
            SituationFacts situations,
            Registry registry,
            Notifications notifications,
            AlertTriageStore triage) {
        this.triage = triage;
        this.subscriptions = subscriptions;
        this.situations = situations;
        this.registry = registry;
        this.notifications = notifications;
    }

    /** Returns the parties reached. */
    List<String> deliver(AlertView alert) {
        Optional<SituationFacts.Situation> situation =
                Optional.ofNullable(alert.situationId()).flatMap(situations::find);
        if (alert.situationId() != null && situation.isEmpty()) {
            return List.of();
        }
        List<String> domains = situation
                .map(SituationFacts.Situation::domains)
                .orElseGet(() -> situations.publicDomainsOf(alert.country()));
        List<String> parties =
                subscriptions
                        .partiesFor(alert.country(), regionsOf(alert.country()), domains, situation.map(s -> s.id()))
                        .stream()
                        .filter(p -> situation.map(s -> s.readableBy(p)).orElse(true))
                        .toList();
        Notice notice = Notice.of(
                        "early-warning-alert",
                        "/early-warning/alerts/" + alert.id(),
                        party -> situation.map(s -> s.readableBy(party)).orElse(true),
                        new Notice.MessageKey("ewa.kind." + alert.kind()),
                        countryNames(alert.country()),
                        alert.month(),
                        alert.explanation())
                .once("early-warning-alert:" + alert.id());
        parties.forEach(p -> notifications.toPartyFocalPoints(p, notice));
        triage.delivered(alert.id(), parties, alert.createdAt());
        return parties;
    }

    private Set<String> regionsOf(String country) {
        Set<String> regions = new LinkedHashSet<>();
        registry.find(country)
                .ifPresent(p -> Stream.of(p.regionCode(), p.subregionCode(), p.intermediateRegionCode())
                        .filter(c -> c != null && !c.isBlank())
                        .forEach(regions::add));
        return regions;
    }

    /** The country's name in the six languages, so that each reader sees it in their own. */
    private Notice.Translations countryNames(String country) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.find(country)
                .ifPresent(p -> List.of("ar", "zh", "en", "fr", "ru", "es").forEach(l -> names.put(l, p.name(l))));
        return new Notice.Translations(names.isEmpty() ? Map.of("en", country) : names);
    }
}
