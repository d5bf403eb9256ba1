package org.gsi.meetings;

/** Only invited parties register delegations to a mechanism meeting. */
public class NotInvitedException extends MeetingException {

    public NotInvitedException(String message) {
        super(message);
    }
}
