package org.gsi.cooperation;

import org.gsi.platform.ForbiddenException;

/** Someone tried to answer a consent request they may not answer: only the party's own focal point can. */
public class ConsentNotAllowedException extends ForbiddenException {

    public ConsentNotAllowedException(String message) {
        super(message);
    }
}
