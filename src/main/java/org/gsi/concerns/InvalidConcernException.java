package org.gsi.concerns;

import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/** A value given for a named field of a concern is not acceptable; the reason is a message of the bundles. */
public class InvalidConcernException extends InvalidInputException {

    public InvalidConcernException(String field, Message reason) {
        super(field, reason);
    }
}
