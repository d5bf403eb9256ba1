package org.gsi.training;

/** The nomination is not in a state that allows the step (e.g. completing before enrolment). */
public class NominationStateException extends TrainingException {

    public NominationStateException(String message) {
        super(message);
    }

    /** A refusal whose words in the reader's language are the message {@code key} with {@code arguments}. */
    public NominationStateException(String message, String key, Object... arguments) {
        super(message, key, arguments);
    }
}
