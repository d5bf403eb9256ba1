package org.gsi.earlywarning.internal.ingest;

import java.time.LocalDate;
import org.gsi.earlywarning.EventSource;

/**
 * An accepted event ready for the store: the key it is stored under, its content hash, its contribution to the
 * rollups and its row for {@code earlywarning_event}, encoded as it was accepted ({@link RowPreparer#prepare}) and
 * copied by the writer that stores it only if the store does not hold it unchanged already. The event itself is
 * not kept: a chunk of rows waiting for its writer is a few arrays per row.
 */
record StagedRow(EventSource source, String sourceId, String contentHash, Contribution contribution, byte[] row) {

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
