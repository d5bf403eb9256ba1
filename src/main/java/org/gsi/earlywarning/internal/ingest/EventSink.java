package org.gsi.earlywarning.internal.ingest;

import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.RejectedRow;

/** Receives every row of a file, in order, as either a normalised event or a rejection. */
public interface EventSink {

    void accepted(Event event);

    void rejected(RejectedRow row);
}
