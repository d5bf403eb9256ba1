package org.gsi.training;

import org.gsi.commitments.PartyCode;

/** Only the course provider selects, records attendance and completes. */
public class NotTheProviderException extends TrainingException {

    public NotTheProviderException(PartyCode actor, PartyCode provider) {
        super("Only the provider " + provider + " may do this; " + actor + " cannot");
    }
}
