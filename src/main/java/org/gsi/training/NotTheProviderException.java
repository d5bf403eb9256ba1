package org.gsi.training;

import org.gsi.registry.PartyCode;

/** Only the course's organiser or provider allocates, selects, records attendance and completes. */
public class NotTheProviderException extends TrainingException {

    public NotTheProviderException(PartyCode actor, PartyCode organiser, PartyCode provider) {
        super("Only the course's organiser " + organiser + " or provider " + provider + " may do this; " + actor
                + " cannot");
    }
}
