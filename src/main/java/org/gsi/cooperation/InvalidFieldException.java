package org.gsi.cooperation;

import org.gsi.platform.InvalidInputException;

/** A value given for a named field is not acceptable; the field name lets a client point at the input. */
public class InvalidFieldException extends InvalidInputException {

    public InvalidFieldException(String field, String message) {
        super(field, message);
    }
}
