package org.gsi.earlywarning.internal.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.internal.alerts.AlertViews.AlertView;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of alerts by each party: every page and API step comes through {@link #take}, which loads the party's
 * triage, lets {@link AlertTriage} decide, and stores it at the version the user read ({@code If-Match}).
 */
@Service
class AlertTriageService {

    private final AlertService alerts;
    private final AlertTriageStore store;
    private final AuditLog audit;
    private final Clock clock;

    AlertTriageService(AlertService alerts, AlertTriageStore store, AuditLog audit) {
        this.alerts = alerts;
        this.store = store;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** What a party's triage of a shown alert looks like to its user. */
    record TriageView(UUID alert, String state, String changedBy, Instant changedAt, long version) {}

    /** The reader's party's triage of an alert it may read (404 otherwise). */
    TriageView triage(Actor reader, UUID id) {
        AlertView alert = alerts.alert(id, reader.partyCode());
        return view(current(alert, reader.partyCode()));
    }

    @Transactional
    TriageView take(Actor actor, UUID id, String action, String ifMatch) {
        AlertView alert = alerts.alert(id, actor.partyCode());
        AlertTriage.Step step = AlertTriage.Step.parse(action);
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                actor.partyCode(),
                step.name().toLowerCase(Locale.ROOT),
                "alert",
                id.toString());
        AlertTriage triage = current(alert, actor.partyCode());
        Versions.check(ifMatch, "alert", id.toString(), triage.version());
        triage.take(step, actor.username(), clock.instant());
        if (!store.save(triage)) {
            throw new StaleVersionException(
                    "alert", id.toString(), current(alert, actor.partyCode()).version());
        }
        audit.record(
                actor,
                step.name().toLowerCase(Locale.ROOT),
                "alert",
                id.toString(),
                actor.partyCode(),
                "Alert now " + triage.state().name().toLowerCase(Locale.ROOT) + " for " + actor.partyCode());
        return view(store.find(id, actor.partyCode()).orElseThrow());
    }

    private AlertTriage current(AlertView alert, String party) {
        return store.find(alert.id(), party)
                .orElseGet(() -> AlertTriage.untouched(alert.id(), party, alert.createdAt()));
    }

    private static TriageView view(AlertTriage t) {
        return new TriageView(
                t.alert(),
                t.state().name().toLowerCase(Locale.ROOT),
                t.changedBy().orElse(null),
                t.changedAt(),
                t.version());
    }
}
