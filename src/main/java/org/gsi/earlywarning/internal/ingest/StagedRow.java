package org.gsi.earlywarning.internal.ingest;

import java.time.LocalDate;
import org.gsi.earlywarning.EventSource;

/**
 * An accepted event ready for the store: the key it is stored under, its contribution to the rollups and its row for {@code earlywarning_event}, encoded as it was accepted ({@link RowPreparer#prepare}) and
 * copied by the writer that stores it only if the store does not hold it unchanged already. The event itself is
 * not kept. The row is first an array of its own ({@code row}), then, once gathered into a chunk, a position in
 * the chunk's {@link RowBlocks} ({@code position}; the array is then null).
 */
record StagedRow(EventSource source, String sourceId, Contribution contribution, byte[] row, long position) {

    /** A row just prepared, not yet in a chunk. */
    StagedRow(EventSource source, String sourceId, Contribution contribution, byte[] row) {
        this(source, sourceId, contribution, row, -1);
    }

    /** The same row, its encoded form moved into the chunk's blocks. */
    StagedRow keptIn(RowBlocks blocks) {
        return new StagedRow(source, sourceId, contribution, null, blocks.append(row));
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
