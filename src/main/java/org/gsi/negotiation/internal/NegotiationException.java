package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/** A command on a negotiated text or poll that the rules do not allow; nothing was changed. */
public abstract class NegotiationException extends RuntimeException {

    private final transient Message words;

    protected NegotiationException(Message reason) {
        super(reason.key());
        this.words = reason;
    }

    /** The reason, a message of the bundles to be put into the reader's words. */
    public Message words() {
        return words;
    }

    @Override
    public String getMessage() {
        return words.english();
    }
}
