package org.gsi.earlywarning.internal.alerts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers a new alert to its subscribers after the alert is committed. Heard again after a crash, it tells nobody
 * twice: each notice names the alert, and a party's triage row is written once.
 */
@Component
class AlertNotices {

    private final AlertStore alerts;
    private final AlertDelivery delivery;

    AlertNotices(AlertStore alerts, AlertDelivery delivery) {
        this.alerts = alerts;
        this.delivery = delivery;
    }

    @ApplicationModuleListener
    void on(AlertRaised raised) {
        alerts.get(raised.alert()).ifPresent(delivery::deliver);
    }
}
