package org.gsi.platform;

/**
 * A command refused by a rule, with its reason as a {@link Message}: a key of the bundles and its arguments, put into
 * the reader's words when a page or the API says it. {@link #getMessage()} is the reason in English, for logs.
 */
public abstract class Refusal extends RuntimeException {

    private final transient Message words;

    protected Refusal(Message reason) {
        super(reason.key());
        this.words = reason;
    }

    /** The reason, put into the reader's words with {@link ReaderFormats#text(Message)}. */
    public Message words() {
        return words;
    }

    @Override
    public String getMessage() {
        return words.english();
    }
}
