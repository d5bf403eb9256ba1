package org.gsi.meetings;

/** The same person is listed twice in a delegation or registration. */
public class DuplicateDelegateException extends MeetingException {

    public DuplicateDelegateException(String message) {
        super(message);
    }
}
