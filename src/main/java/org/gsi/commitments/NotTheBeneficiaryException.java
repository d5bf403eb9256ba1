package org.gsi.commitments;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Only the beneficiary named on a delivery confirms its receipt. */
public class NotTheBeneficiaryException extends CommitmentException {

    public NotTheBeneficiaryException(PartyCode confirmer, DeliveryId delivery) {
        super(Message.of(
                "commitments.refused.notConfirmer",
                confirmer.value(),
                delivery.value().toString()));
    }
}
