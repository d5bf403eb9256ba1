package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** Only the course's organiser or provider allocates, selects, records attendance and completes. */
public class NotTheProviderException extends TrainingException {

    public NotTheProviderException(PartyCode actor, PartyCode organiser, PartyCode provider) {
        super(Message.of("training.refused.notProvider", organiser.value(), provider.value(), actor.value()));
    }
}
