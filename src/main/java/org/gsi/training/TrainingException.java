package org.gsi.training;

import org.gsi.platform.Message;

/**
 * A training command was refused; the reason is a message of the bundles ({@code training.refused.*}) with its
 * arguments, said in the reader's language when it is shown; {@link #getMessage()} is the same in English.
 */
public abstract class TrainingException extends RuntimeException {

    private final transient Message words;

    protected TrainingException(Message reason) {
        super(reason.key());
        this.words = reason;
    }

    /** The reason, to be put into the reader's words. */
    public Message words() {
        return words;
    }

    @Override
    public String getMessage() {
        return words.english();
    }
}
