package org.gsi.meetings;

/** The registration or meeting is not in a state that allows the step. */
public class RegistrationStateException extends MeetingException {

    public RegistrationStateException(String message) {
        super(message);
    }
}
