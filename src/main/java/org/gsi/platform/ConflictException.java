package org.gsi.platform;

/**
 * The request conflicts with the current state of the record (409). The reason is a {@link Message}, a key of the
 * bundles and its arguments, so that pages and the API say it in the reader's language; {@link #getMessage()} is the
 * same reason in English, for logs.
 */
public class ConflictException extends RuntimeException {

    private final transient Message words;

    public ConflictException(Message reason) {
        super(reason.key());
        this.words = reason;
    }

    /**
     * A conflict whose reason exists in English only, shown as written in every language.
     *
     * @deprecated give the reason as a {@link Message} of the bundles
     */
    @Deprecated
    public ConflictException(String reasonInEnglish) {
        this(Message.untranslated(reasonInEnglish));
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
