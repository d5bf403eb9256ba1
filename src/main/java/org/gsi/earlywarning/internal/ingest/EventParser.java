package org.gsi.earlywarning.internal.ingest;

import java.io.Reader;

/** Reads one file layout row by row and hands every row to the sink as an event or a rejection. */
interface EventParser {

    void parse(Reader reader, EventSink sink);
}
