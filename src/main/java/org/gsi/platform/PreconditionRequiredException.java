package org.gsi.platform;

/** An update came without {@code If-Match} (428). */
public class PreconditionRequiredException extends RuntimeException {

    private final transient Message words;

    public PreconditionRequiredException(Message reason) {
        super(reason.english());
        this.words = reason;
    }

    /** The reason in words of the bundles, for the reader's language. */
    public Message words() {
        return words;
    }
}
