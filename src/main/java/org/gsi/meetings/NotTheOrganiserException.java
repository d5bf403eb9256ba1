package org.gsi.meetings;

/** Only the meeting's organiser approves, schedules and records outcomes. */
public class NotTheOrganiserException extends MeetingException {

    public NotTheOrganiserException(String message) {
        super(message);
    }
}
