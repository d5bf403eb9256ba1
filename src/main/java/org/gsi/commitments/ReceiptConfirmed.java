package org.gsi.commitments;

import java.time.LocalDate;
import org.gsi.registry.PartyCode;

/** A beneficiary confirmed it received a delivery. */
public record ReceiptConfirmed(PledgeId pledge, DeliveryId delivery, PartyCode beneficiary, LocalDate on) {}
