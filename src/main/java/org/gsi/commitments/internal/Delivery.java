package org.gsi.commitments.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.commitments.DeliveryId;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.Quantity;
import org.gsi.registry.PartyCode;

/** One delivery counted toward a pledge, with the beneficiary's confirmation once given. */
record Delivery(
        DeliveryId id,
        Quantity quantity,
        LocalDate date,
        Optional<PartyCode> beneficiary,
        String evidence,
        Optional<DeliveryLink> link,
        Optional<String> sourceKey,
        Optional<LocalDate> confirmedOn) {

    Delivery confirmed(LocalDate on) {
        return new Delivery(id, quantity, date, beneficiary, evidence, link, sourceKey, Optional.of(on));
    }
}
