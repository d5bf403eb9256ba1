package org.gsi.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * The request conflicts with the current state of the record (409), with the reason. A conflict may also name its
 * message key and arguments, so that a page says the same in the reader's language; the API answers with the reason.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

    private final String[] codes;
    private final transient Object[] arguments;

    public ConflictException(String reason) {
        this(reason, null);
    }

    /** A conflict whose words in the reader's language are the message {@code key} with {@code arguments}. */
    public ConflictException(String reason, String key, Object... arguments) {
        super(reason);
        this.codes = key == null ? new String[0] : new String[] {key};
        this.arguments = arguments;
    }

    /** The same refusal as {@code refusal}, keeping its message key when it names one. */
    public static ConflictException of(RuntimeException refusal) {
        if (refusal instanceof ConflictException conflict) {
            return conflict;
        }
        ConflictException conflict = refusal instanceof MessageSourceResolvable keyed && keyed.getCodes() != null
                ? new ConflictException(
                        refusal.getMessage(),
                        keyed.getCodes().length == 0 ? null : keyed.getCodes()[0],
                        keyed.getArguments())
                : new ConflictException(refusal.getMessage());
        conflict.initCause(refusal);
        return conflict;
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
