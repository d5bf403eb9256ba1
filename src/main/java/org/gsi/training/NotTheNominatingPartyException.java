package org.gsi.training;

import org.gsi.commitments.PartyCode;
import org.gsi.platform.Message;

/** Only the party that nominated a candidate confirms or withdraws the nomination. */
public class NotTheNominatingPartyException extends TrainingException {

    public NotTheNominatingPartyException(PartyCode actor, PartyCode nominator) {
        super(Message.of("training.refused.notNominator", nominator.value(), actor.value()));
    }
}
