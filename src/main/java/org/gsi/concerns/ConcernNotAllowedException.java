package org.gsi.concerns;

import org.gsi.platform.ForbiddenException;

/** Only the owning party's focal point may answer for a concern. */
public class ConcernNotAllowedException extends ForbiddenException {

    public ConcernNotAllowedException(String message) {
        super(message);
    }
}
