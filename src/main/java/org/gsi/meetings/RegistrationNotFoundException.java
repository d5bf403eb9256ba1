package org.gsi.meetings;

/** No registration or session with that id in the meeting. */
public class RegistrationNotFoundException extends MeetingException {

    public RegistrationNotFoundException(String message) {
        super(message);
    }
}
