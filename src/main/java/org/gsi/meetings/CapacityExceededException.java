package org.gsi.meetings;

/** A change would take an admitted registration past the meeting's capacity. */
public class CapacityExceededException extends MeetingException {

    public CapacityExceededException(String message) {
        super(message);
    }
}
