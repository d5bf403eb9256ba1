package org.gsi.commitments;

import org.gsi.registry.PartyCode;

/** Only the beneficiary named on a delivery confirms its receipt. */
public class NotTheBeneficiaryException extends CommitmentException {

    public NotTheBeneficiaryException(PartyCode confirmer, DeliveryId delivery) {
        super(confirmer + " is not the beneficiary named on delivery " + delivery.value());
    }
}
