package org.gsi.platform;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 with the same words, so
 * that an error never tells a restricted record exists. {@link #words()} says it in the reader's language.
 */
public class NotFoundException extends RuntimeException {

    private final transient Message words;

    public NotFoundException(String recordType, String id) {
        this(Message.of("problem.detail.notFound", String.valueOf(recordType), String.valueOf(id)));
    }

    private NotFoundException(Message words) {
        super(words.english());
        this.words = words;
    }

    /** The answer, a key of the bundles with the record type and id as written. */
    public Message words() {
        return words;
    }
}
