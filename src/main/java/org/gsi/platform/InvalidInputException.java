package org.gsi.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that breaks a rule of the platform; answered with 400 and the field named. It may name its message key and
 * arguments, so that a page says the same next to the field in the reader's language.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String reason;
    private final String[] codes;
    private final transient Object[] arguments;

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
    }

    public String field() {
        return field;
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
