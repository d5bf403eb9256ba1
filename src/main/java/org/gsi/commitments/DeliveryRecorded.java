package org.gsi.commitments;

import java.time.LocalDate;

/** A delivery counted toward a pledge. */
public record DeliveryRecorded(
        PledgeId pledge, DeliveryId delivery, PartyCode pledger, Quantity quantity, LocalDate date) {}
