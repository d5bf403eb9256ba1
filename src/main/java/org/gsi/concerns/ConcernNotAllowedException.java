package org.gsi.concerns;

/** Only the owning party's focal point may answer for a concern. */
public class ConcernNotAllowedException extends RuntimeException {

    public ConcernNotAllowedException(String message) {
        super(message);
    }
}
