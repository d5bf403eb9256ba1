package org.gsi.platform;

import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;

/**
 * The request conflicts with the current state of the record (409), with the reason. The reason may be given as a
 * {@link Message}, or name its message key and arguments, so that pages and the API say it in the reader's language.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

    private final String[] codes;
    private final transient Object[] arguments;
    private final transient Message words;

    public ConflictException(String reason) {
        this(reason, null);
    }

    /** A conflict whose words in the reader's language are the message {@code key} with {@code arguments}. */
    public ConflictException(String reason, String key, Object... arguments) {
        super(reason);
        this.codes = key == null ? new String[0] : new String[] {key};
        this.arguments = arguments;
        this.words = null;
    }

    public ConflictException(Message reason) {
        super(reason.english());
        this.codes = new String[0];
        this.arguments = null;
        this.words = reason;
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

    /** The reason as a message of the bundles, when it was given as one. */
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

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
