package org.gsi.meetings;

/** A party already has an active registration for the meeting. */
public class DuplicateRegistrationException extends MeetingException {

    public DuplicateRegistrationException(String message) {
        super(message);
    }
}
