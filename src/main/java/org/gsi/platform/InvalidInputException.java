package org.gsi.platform;

import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;

/**
 * Input that breaks a rule of the platform; answered with 400 and the field named. The reason may be given as a
 * {@link Message}, or name its message key and arguments, so that a page says it next to the field, and the API in its
 * problem detail, in the reader's language.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String reason;
    private final String[] codes;
    private final transient Object[] arguments;
    private final transient Message words;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /** Invalid input whose words in the reader's language are the message {@code key} with {@code arguments}. */
    public InvalidInputException(String field, String message, String key, Object... arguments) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
        this.codes = key == null ? new String[0] : new String[] {key};
        this.arguments = arguments;
        this.words = null;
    }

    public InvalidInputException(String field, Message message) {
        super(field + ": " + message.english());
        this.field = field;
        this.reason = message.english();
        this.codes = new String[0];
        this.arguments = null;
        this.words = message;
    }

    public String field() {
        return field;
    }

    /** The reason as a message of the bundles (without the field's name), when it was given as one. */
    public Optional<Message> words() {
        return Optional.ofNullable(words);
    }

    @Override
    public String[] getCodes() {
        return codes.clone();
    }

    @Override
    public Object[] getArguments() {
        return arguments == null ? null : arguments.clone();
    }

    /** The reason without the field's name, as a page shows it next to the field when no key names it. */
    @Override
    public String getDefaultMessage() {
        return reason;
    }
}
