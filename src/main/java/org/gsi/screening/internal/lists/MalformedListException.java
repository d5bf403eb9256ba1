package org.gsi.screening.internal.lists;

/** The file is not a list that can be read at all (not well-formed XML, not a CSV with the columns, empty). */
public class MalformedListException extends RuntimeException {

    private final int line;

    public MalformedListException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line where reading stopped, 0 when unknown. */
    public int line() {
        return line;
    }
}
