package org.gsi.concerns;

import org.gsi.platform.ConflictException;

/** A change to a concern or a consultation was refused; the message gives the reason. */
public class ConcernRefusedException extends ConflictException {

    public ConcernRefusedException(String message) {
        super(message);
    }
}
