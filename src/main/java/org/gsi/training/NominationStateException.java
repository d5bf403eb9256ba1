package org.gsi.training;

import org.gsi.platform.Message;

/** The nomination is not in a state that allows the step (e.g. completing before enrolment). */
public class NominationStateException extends TrainingException {

    public NominationStateException(Message reason) {
        super(reason);
    }
}
