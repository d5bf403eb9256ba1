package org.gsi.earlywarning.internal.alerts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionView;
import org.gsi.platform.Actors;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Alert rules, the alerts they raised with their numbers, and subscriptions")
class AlertController {

    private final AlertService alerts;
    private final SubscriptionService subscriptions;
    private final AlertTriageService triage;

    AlertController(AlertService alerts, SubscriptionService subscriptions, AlertTriageService triage) {
        this.alerts = alerts;
        this.subscriptions = subscriptions;
        this.triage = triage;
    }

    /** {@code action}: acknowledge, close or reopen. */
    record TriageRequest(String action) {}

    @GetMapping("/{id}/triage")
    @Operation(summary = "Where the caller's party stands with an alert: new, acknowledged or closed, by whom and when")
    ResponseEntity<AlertTriageService.TriageView> triage(@PathVariable UUID id) {
        AlertTriageService.TriageView t = triage.triage(Actors.required(), id);
        return ResponseEntity.ok().eTag(Versions.etag(t.version())).body(t);
    }

    @PostMapping("/{id}/triage")
    @Operation(
            summary = "Acknowledge, close or reopen an alert for the caller's party (If-Match from GET .../triage)",
            description = "409 when the step does not fit the state (acknowledging a closed alert), 428 without"
                    + " If-Match, 412 when another user of the party moved the alert since it was read, 404 for an"
                    + " alert the caller may not read.")
    ResponseEntity<AlertTriageService.TriageView> triage(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TriageRequest request) {
        AlertTriageService.TriageView t =
                triage.take(Actors.required(), id, request == null ? null : request.action(), ifMatch);
        return ResponseEntity.ok().eTag(Versions.etag(t.version())).body(t);
    }

    @GetMapping
    @Operation(summary = "The newest alerts the reader may see (optionally of one country or situation)")
    List<AlertView> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID situation,
            @RequestParam(defaultValue = "100") int limit) {
        return alerts.alerts(Actors.readerParty(), country, situation, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An alert with the explanation of its computation")
    AlertView get(@PathVariable UUID id) {
        return alerts.alert(id, Actors.readerParty());
    }

    @GetMapping("/rules")
    @Operation(summary = "Global and country rules, and the rules of the situations the reader may read")
    List<RuleView> rules(@RequestParam(required = false) UUID situation) {
        return alerts.rules(Actors.required().partyCode(), situation);
    }

    @GetMapping("/rules/{id}")
    @Operation(summary = "One alert rule")
    ResponseEntity<RuleView> rule(@PathVariable UUID id) {
        RuleView r = alerts.rule(id, Actors.required().partyCode());
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
    }

    @PostMapping("/rules")
    @Operation(
            summary =
                    "Add a rule and evaluate it at once on the latest complete month: global or per country (secretariat), per situation (the situation's owner party);"
                            + " kind escalation (k, minRise), onset (quietMonths >= 12), threshold-crossing (threshold) or"
                            + " forecast-probability (probability, horizon)")
    ResponseEntity<RuleView> create(@RequestBody RuleRequest request) {
        RuleView r = alerts.create(Actors.required(), request).rule();
        return ResponseEntity.created(URI.create("/api/v1/alerts/rules/" + r.id()))
                .header(HttpHeaders.ETAG, Versions.etag(r.version()))
                .body(r);
    }

    @PutMapping("/rules/{id}")
    @Operation(
            summary = "Change a rule's kind, metric and parameters or switch it off (If-Match); an enabled rule is"
                    + " evaluated again on the latest complete month")
    ResponseEntity<RuleView> update(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RuleRequest request) {
        RuleView r = alerts.update(Actors.required(), id, ifMatch, request).rule();
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
    }

    @DeleteMapping("/rules/{id}")
    @Operation(
            summary = "Delete a rule (If-Match): it raises no more alerts and leaves the lists; the alerts it raised"
                    + " stay on record",
            description = "204 when deleted; 428 without If-Match, 412 with the current ETag when the rule changed"
                    + " since it was read, 403 for a caller who may not keep the rule, 404 for a rule the caller may"
                    + " not read or one already deleted. Errors are application/problem+json.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        alerts.retire(Actors.required(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/subscriptions")
    @Operation(summary = "The subscriptions of the caller's party")
    List<SubscriptionView> subscriptions() {
        return subscriptions.mine(Actors.required());
    }

    @PostMapping("/subscriptions")
    @Operation(
            summary = "Subscribe the caller's party to alerts of a country (ISO3), an M49 region, a security domain"
                    + " or a situation; matching alerts reach its focal points' inbox")
    ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionRequest request) {
        SubscriptionView s = subscriptions.subscribe(Actors.required(), request);
        return ResponseEntity.created(URI.create("/api/v1/alerts/subscriptions/" + s.id()))
                .body(s);
    }

    @DeleteMapping("/subscriptions/{id}")
    @Operation(summary = "End one of the caller's party's subscriptions")
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
        subscriptions.unsubscribe(Actors.required(), id);
        return ResponseEntity.noContent().build();
    }
}
