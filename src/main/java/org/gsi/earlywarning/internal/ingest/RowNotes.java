package org.gsi.earlywarning.internal.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings about the row being read: a parser notes them while it builds the event, and they reach the sink
 * after the event, or are dropped with the row when it is rejected after all.
 */
final class RowNotes {

    private final List<RowWarning> warnings = new ArrayList<>();
    private long line;

    void start(long line) {
        this.line = line;
        warnings.clear();
    }

    void warn(String field, RowWarning.Kind kind, Object... arguments) {
        warnings.add(RowWarning.of(line, field, kind, arguments));
    }

    void deliverTo(EventSink sink) {
        warnings.forEach(sink::warned);
        warnings.clear();
    }
}
