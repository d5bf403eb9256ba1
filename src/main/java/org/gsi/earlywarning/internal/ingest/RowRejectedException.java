package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;
import java.util.List;
import org.gsi.earlywarning.RejectedRow;

/**
 * A single row cannot be used; the import goes on with the next row. Says why as a {@link RejectedRow.Kind} and the
 * values its message shows. Carries no stack trace (rows are many).
 */
class RowRejectedException extends RuntimeException {

    private final RejectedRow.Kind kind;
    private final List<String> arguments;

    RowRejectedException(RejectedRow.Kind kind, Object... arguments) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The rejection of the row that starts on this line. */
    RejectedRow at(long line) {
        return new RejectedRow(line, kind, arguments);
    }
}
