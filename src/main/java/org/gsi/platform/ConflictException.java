package org.gsi.platform;

/** The request conflicts with the current state of the record (409), with the reason. */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
