package org.gsi.earlywarning.internal.ingest;

import java.time.LocalDate;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;

/**
 * An accepted event ready for the store: the event, the key it is stored under and its contribution to the
 * rollups. Its row for {@code earlywarning_event} is encoded by the writer that stores it ({@link RowPreparer#write}),
 * and only if the store does not hold it unchanged already.
 */
record StagedRow(Event event, String sourceId, Contribution contribution) {

    /** What one event adds to its country, admin1 and grid cell rollups; Goldstein in tenths (one decimal). */
    record Contribution(
            String country,
            String admin1,
            Integer gid,
            LocalDate month,
            String category,
            int fatalities,
            int quadClass,
            int goldsteinTenths) {}

    EventSource source() {
        return event.source();
    }

    String contentHash() {
        return event.contentHash();
    }
}
