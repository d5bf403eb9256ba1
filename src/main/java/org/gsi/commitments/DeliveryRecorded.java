package org.gsi.commitments;

import java.time.LocalDate;
import org.gsi.registry.PartyCode;

/** A delivery counted toward a pledge. */
public record DeliveryRecorded(
        PledgeId pledge, DeliveryId delivery, PartyCode pledger, Quantity quantity, LocalDate date) {}
