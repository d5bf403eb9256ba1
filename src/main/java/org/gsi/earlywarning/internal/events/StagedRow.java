package org.gsi.earlywarning.internal.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gsi.earlywarning.EventSource;

/**
 * An accepted event ready for the store: its key and content hash, its row in COPY format for
 * {@code earlywarning_event} up to the import job column (added when written, with the newline) and its contribution to the rollups.
 */
record StagedRow(EventSource source, String sourceId, String contentHash, byte[] copyLine, Contribution contribution) {

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

    /** The last column of every row of one import (its job id) and the row's end. */
    static byte[] jobColumn(String jobId) {
        return ("\t" + jobId + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
