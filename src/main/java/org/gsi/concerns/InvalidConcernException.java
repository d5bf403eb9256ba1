package org.gsi.concerns;

import org.gsi.platform.InvalidInputException;

/** A value given for a named field of a concern is not acceptable. */
public class InvalidConcernException extends InvalidInputException {

    public InvalidConcernException(String field, String message) {
        super(field, message);
    }
}
