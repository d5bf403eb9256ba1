package org.gsi.cooperation;

/** A state change was refused because of the current state of the record; the reason says why. */
public class TransitionRefusedException extends RuntimeException {

    private final String reason;

    public TransitionRefusedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
