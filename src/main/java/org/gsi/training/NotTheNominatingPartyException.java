package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Only the party that nominated a candidate confirms or withdraws the nomination. */
public class NotTheNominatingPartyException extends TrainingException {

    public NotTheNominatingPartyException(PartyCode actor, PartyCode nominator) {
        super(Message.of("training.refused.notNominator", nominator.value(), actor.value()));
    }
}
