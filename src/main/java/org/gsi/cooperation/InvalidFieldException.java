package org.gsi.cooperation;

import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * A value given for a named field is not acceptable; the field name lets a client point at the input, the reason is
 * a message of the bundles said in the reader's language.
 */
public class InvalidFieldException extends InvalidInputException {

    public InvalidFieldException(String field, Message reason) {
        super(field, reason);
    }
}
