package org.gsi.dialogue.internal;

/** A command in a dialogue track or on a measure that the rules do not allow; nothing was changed. */
public abstract class DialogueException extends RuntimeException {

    protected DialogueException(String message) {
        super(message);
    }
}
