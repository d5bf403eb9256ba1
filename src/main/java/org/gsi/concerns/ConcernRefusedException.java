package org.gsi.concerns;

import org.gsi.platform.ConflictException;
import org.gsi.platform.Message;

/** A change to a concern or a consultation was refused; the reason is a message of the bundles with its arguments. */
public class ConcernRefusedException extends ConflictException {

    public ConcernRefusedException(Message reason) {
        super(reason);
    }
}
