package org.gsi.earlywarning.internal.ingest;

import java.time.LocalDate;
import org.gsi.earlywarning.EventSource;

/**
 * An accepted event ready for the store: the key it is stored under, its contribution to the rollups and the
 * position of its row for {@code earlywarning_event} in its chunk's {@link RowBlocks} (-1 until it is kept there),
 * encoded as it was accepted ({@link RowPreparer#prepare}) and copied by the writer that stores it only if the store
 * does not hold it unchanged already. The event itself is not kept.
 */
record StagedRow(EventSource source, String sourceId, Contribution contribution, long position) {

    /** The same row, kept at {@code position} of its chunk's blocks. */
    StagedRow at(long position) {
        return new StagedRow(source, sourceId, contribution, position);
    }
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
}
