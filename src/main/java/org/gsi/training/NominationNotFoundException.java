package org.gsi.training;

import org.gsi.platform.Message;

/** No nomination with that id in the course. */
public class NominationNotFoundException extends TrainingException {

    public NominationNotFoundException(NominationId id) {
        super(Message.of("training.refused.noNomination", id.value().toString()));
    }
}
