package org.gsi.commitments.internal;

import java.util.Locale;
import org.gsi.commitments.DeliveryRecorded;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.ReceiptConfirmed;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears what a pledge recorded, once it is stored: the beneficiary named on a new delivery is asked to confirm its
 * receipt, and the pledging party learns that a beneficiary confirmed. Each is told only if its party may read the
 * pledge, and once, however often the event is heard.
 */
@Component
class PledgeNotices {

    private final PledgeStore store;
    private final Notifications notifications;

    PledgeNotices(PledgeStore store, Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(DeliveryRecorded recorded) {
        store.delivery(recorded.pledge().value(), recorded.delivery().value())
                .filter(d -> d.beneficiary() != null)
                .ifPresent(d -> notifications.toPartyFocalPoints(
                        d.beneficiary(),
                        Notice.of(
                                        "delivery-recorded",
                                        "/commitments/" + recorded.pledge().value(),
                                        party -> store.find(recorded.pledge().value(), party)
                                                .isPresent(),
                                        text(recorded),
                                        recorded.quantity().amount(),
                                        unit(recorded.quantity().unit()),
                                        recorded.date())
                                .once("delivery-recorded:" + recorded.delivery().value())));
    }

    @ApplicationModuleListener
    void on(ReceiptConfirmed confirmed) {
        store.find(confirmed.pledge().value(), confirmed.beneficiary().value())
                .ifPresent(pledge -> notifications.toPartyFocalPoints(
                        pledge.pledger(),
                        Notice.of(
                                        "receipt-confirmed",
                                        "/commitments/" + pledge.id(),
                                        party -> store.find(pledge.id(), party).isPresent(),
                                        pledge.text(),
                                        confirmed.beneficiary().value(),
                                        confirmed.on())
                                .once("receipt-confirmed:"
                                        + confirmed.delivery().value())));
    }

    private String text(DeliveryRecorded recorded) {
        return store.find(recorded.pledge().value(), recorded.pledger().value())
                .map(PledgeRow::text)
                .orElse("");
    }

    /** The unit as a word of the bundles, with the currency code for money. */
    private static Object unit(PledgeUnit unit) {
        return unit.currency()
                .<Object>map(c -> c.getCurrencyCode())
                .orElseGet(() -> new Notice.MessageKey(
                        "commitments.unit." + unit.kind().name().toLowerCase(Locale.ROOT)));
    }
}
