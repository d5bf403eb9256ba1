package org.gsi.earlywarning.internal.ingest;

import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;

/** Passes rows on to another sink and keeps the tallies. */
final class CountingSink implements EventSink {

    private final EventSink target;
    private long accepted;
    private long rejected;
    private long warnings;

    CountingSink(EventSink target) {
        this.target = target;
    }

    @Override
    public void accepted(Event event) {
        accepted++;
        target.accepted(event);
    }

    @Override
    public void accepted(long line, Event event) {
        accepted++;
        target.accepted(line, event);
    }

    @Override
    public void rejected(RejectedRow row) {
        rejected++;
        target.rejected(row);
    }

    @Override
    public void warned(RowWarning warning) {
        warnings++;
        target.warned(warning);
    }

    IngestSummary summary(EventSource source) {
        return new IngestSummary(source, accepted + rejected, accepted, rejected, warnings);
    }
}
