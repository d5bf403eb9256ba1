package org.gsi.platform;

import java.util.Optional;

/**
 * Input that breaks a rule of the platform; answered with 400 and the field named. A reason given as a {@link
 * Message} is put into words in the reader's language on pages and in the API.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final transient Message words;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.words = null;
    }

    public InvalidInputException(String field, Message message) {
        super(field + ": " + message.english());
        this.field = field;
        this.words = message;
    }

    public String field() {
        return field;
    }

    /** The reason as a message of the bundles (without the field's name), when it was given as one. */
    public Optional<Message> words() {
        return Optional.ofNullable(words);
    }
}
