package org.gsi.cooperation;

/** Someone tried to answer a consent request they may not answer: only the party's own focal point can. */
public class ConsentNotAllowedException extends RuntimeException {

    public ConsentNotAllowedException(String message) {
        super(message);
    }
}
