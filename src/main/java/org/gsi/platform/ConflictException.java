package org.gsi.platform;

import java.util.Optional;

/**
 * The request conflicts with the current state of the record (409), with the reason; a reason given as a {@link
 * Message} is put into words in the reader's language on pages and in the API.
 */
public class ConflictException extends RuntimeException {

    private final transient Message words;

    public ConflictException(String reason) {
        super(reason);
        this.words = null;
    }

    public ConflictException(Message reason) {
        super(reason.english());
        this.words = reason;
    }

    /** The reason as a message of the bundles, when it was given as one. */
    public Optional<Message> words() {
        return Optional.ofNullable(words);
    }
}
