package org.gsi.commitments;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Only the party that made a pledge reports its delivery. */
public class NotThePledgingPartyException extends CommitmentException {

    public NotThePledgingPartyException(PartyCode reporter, PartyCode pledger) {
        super(Message.of("commitments.refused.notPledger", pledger.value(), reporter.value()));
    }
}
