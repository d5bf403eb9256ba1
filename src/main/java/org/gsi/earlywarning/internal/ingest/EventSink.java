package org.gsi.earlywarning.internal.ingest;

import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.RejectedRow;

/**
 * Receives every row of a file, in order, as either a normalised event or a rejection; the warnings about an
 * accepted row follow it.
 */
public interface EventSink {

    void accepted(Event event);

    /** An accepted event with the physical line where its row starts. */
    default void accepted(long line, Event event) {
        accepted(event);
    }

    void rejected(RejectedRow row);

    /** Something odd about the row accepted just before; the row is imported as the source states it. */
    default void warned(RowWarning warning) {}
}
