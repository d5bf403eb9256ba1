package org.gsi.training;

/** The nomination is not in a state that allows the step (e.g. completing before enrolment). */
public class NominationStateException extends TrainingException {

    public NominationStateException(String message) {
        super(message);
    }
}
