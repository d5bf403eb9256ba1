package org.gsi.training;

import org.springframework.context.MessageSourceResolvable;

/**
 * A training command was refused; the message gives the reason, and the message key with its arguments says the
 * same in the reader's language ({@code training.refused.*}).
 */
public abstract class TrainingException extends RuntimeException implements MessageSourceResolvable {

    private final String[] codes;
    private final transient Object[] arguments;

    protected TrainingException(String message) {
        this(message, null);
    }

    protected TrainingException(String message, String key, Object... arguments) {
        super(message);
        this.codes = key == null ? new String[0] : new String[] {key};
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return codes.clone();
    }

    @Override
    public Object[] getArguments() {
        return arguments == null ? null : arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
