package org.gsi.platform;

/** An update came without {@code If-Match} (428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
