package org.gsi.meetings;

/** Only the party that registered changes or withdraws its registration. */
public class NotTheRegistrantException extends MeetingException {

    public NotTheRegistrantException(String message) {
        super(message);
    }
}
