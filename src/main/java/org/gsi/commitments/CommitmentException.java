package org.gsi.commitments;

/** A command on a pledge was refused; the message says why. */
public abstract class CommitmentException extends RuntimeException {

    protected CommitmentException(String message) {
        super(message);
    }
}
