package org.gsi.concerns;

/** A change to a concern or a consultation was refused; the message gives the reason. */
public class ConcernRefusedException extends RuntimeException {

    public ConcernRefusedException(String message) {
        super(message);
    }
}
