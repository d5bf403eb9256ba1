package org.gsi.earlywarning.internal.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as the API shows it: status ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), the
 * counts so far ({@code read = imported + updated + unchanged + rejected}), and the first rejected rows.
 */
public record ImportJobView(
        UUID id,
        String fileName,
        long fileBytes,
        String format,
        String status,
        String submittedBy,
        String submittedParty,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long read,
        long imported,
        long updated,
        long unchanged,
        long rejected,
        String error,
        boolean demo,
        List<RejectedRowView> rejectedRows) {

    /** A row that was not imported: its line in the file and why. */
    public record RejectedRowView(long line, String reason) {}

    public boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }

    /** Bytes are not tracked while reading, so progress is told by rows; this is for the page's live region. */
    public ImportJobView withRejectedRows(List<RejectedRowView> rows) {
        return new ImportJobView(
                id,
                fileName,
                fileBytes,
                format,
                status,
                submittedBy,
                submittedParty,
                createdAt,
                startedAt,
                finishedAt,
                read,
                imported,
                updated,
                unchanged,
                rejected,
                error,
                demo,
                rows);
    }
}
