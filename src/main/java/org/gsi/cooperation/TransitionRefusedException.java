package org.gsi.cooperation;

import org.gsi.platform.ConflictException;
import org.gsi.platform.Message;

/** A state change was refused because of the current state of the record; the reason says why. */
public class TransitionRefusedException extends ConflictException {

    public TransitionRefusedException(Message reason) {
        super(reason);
    }

    /** The reason in English. */
    public String reason() {
        return getMessage();
    }
}
