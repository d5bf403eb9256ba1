package org.gsi.training;

import org.gsi.registry.PartyCode;

/** Only the party that nominated a candidate confirms or withdraws the nomination. */
public class NotTheNominatingPartyException extends TrainingException {

    public NotTheNominatingPartyException(PartyCode actor, PartyCode nominator) {
        super("Only " + nominator + " acts on its own nomination; " + actor + " cannot");
    }
}
