package org.gsi.training;

/** A training command was refused; the message gives the reason. */
public abstract class TrainingException extends RuntimeException {

    protected TrainingException(String message) {
        super(message);
    }
}
