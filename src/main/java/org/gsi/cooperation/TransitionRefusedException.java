package org.gsi.cooperation;

import org.gsi.platform.ConflictException;

/** A state change was refused because of the current state of the record; the reason says why. */
public class TransitionRefusedException extends ConflictException {

    private final String reason;

    public TransitionRefusedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
