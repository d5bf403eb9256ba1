package org.gsi.commitments;

import org.gsi.registry.PartyCode;

/** Only the party that made a pledge reports its delivery. */
public class NotThePledgingPartyException extends CommitmentException {

    public NotThePledgingPartyException(PartyCode reporter, PartyCode pledger) {
        super("Only " + pledger + " reports delivery of its pledge; " + reporter + " cannot");
    }
}
