package org.gsi.earlywarning.internal.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as the API shows it: status ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), the
 * counts so far ({@code read = imported + updated + unchanged + rejected}; warnings about rows imported all the
 * same, and stored events retracted when the file replaces its period, are counted apart), and the first rejected
 * rows and warnings.
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
        long warnings,
        long retracted,
        boolean replacePeriod,
        String ownerParty,
        String error,
        boolean demo,
        List<RejectedRowView> rejectedRows,
        List<WarningView> warningRows) {

    /**
     * A row that was not imported: its line in the file, why ({@code kind}, with the values in {@code arguments})
     * and that in the reader's language ({@code reason}). A row rejected before reasons were kept as kinds has no
     * kind, no arguments, and its reason as it was stored.
     */
    public record RejectedRowView(long line, String kind, List<String> arguments, String reason) {}

    /**
     * A row imported as the source states it, with something odd about it: its line, the field, what was odd
     * ({@code kind}, with the values in {@code arguments}) and that in the reader's language ({@code message}).
     */
    public record WarningView(long line, String field, String kind, List<String> arguments, String message) {}

    public boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }

    public ImportJobView withRows(List<RejectedRowView> rejections, List<WarningView> oddities) {
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
                warnings,
                retracted,
                replacePeriod,
                ownerParty,
                error,
                demo,
                rejections,
                oddities);
    }
}
