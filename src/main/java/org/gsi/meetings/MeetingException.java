package org.gsi.meetings;

/** A meeting command was refused; the message gives the reason. */
public abstract class MeetingException extends RuntimeException {

    protected MeetingException(String message) {
        super(message);
    }
}
