package org.gsi.screening.internal.lists;

import org.gsi.platform.Message;

/** The file is not a list that can be read at all (not well-formed XML, not a CSV with the columns, empty). */
public class MalformedListException extends RuntimeException {

    private final int line;
    private final transient Message reason;

    public MalformedListException(int line, Message reason) {
        super(reason.english());
        this.line = line;
        this.reason = reason;
    }

    /** The line where reading stopped, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Why, as a key of the bundles and its arguments. */
    public Message reason() {
        return reason;
    }
}
