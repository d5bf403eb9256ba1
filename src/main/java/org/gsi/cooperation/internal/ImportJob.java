package org.gsi.cooperation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** One IATI file being imported in the background: how far it got, and its report once done. */
final class ImportJob {

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What the API and the import page show of a job. */
    record ImportJobView(
            UUID id,
            String state,
            String fileName,
            int total,
            int done,
            int imported,
            int updated,
            int unchanged,
            int rejected,
            int warnings,
            Instant startedAt,
            Instant finishedAt,
            String error,
            List<IatiService.ImportEntry> activities) {

        public boolean finished() {
            return !state.equals("queued") && !state.equals("running");
        }

        /** Per cent of the activities done, 0 while their number is unknown. */
        public int percent() {
            return total <= 0 ? 0 : Math.min(100, done * 100 / total);
        }
    }

    private final UUID id = UUID.randomUUID();
    private final String party;
    private final String fileName;
    private final int total;
    private final Instant startedAt;
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private volatile State state = State.QUEUED;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile IatiService.ImportResult result;

    ImportJob(String party, String fileName, int total, Instant startedAt) {
        this.party = party;
        this.fileName = fileName;
        this.total = total;
        this.startedAt = startedAt;
    }

    UUID id() {
        return id;
    }

    String party() {
        return party;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    void running() {
        state = State.RUNNING;
    }

    /** Counts one activity written or refused. */
    void count(IatiService.ImportEntry entry) {
        switch (entry.outcome()) {
            case "imported" -> imported.incrementAndGet();
            case "updated" -> updated.incrementAndGet();
            case "unchanged" -> unchanged.incrementAndGet();
            default -> rejected.incrementAndGet();
        }
        warnings.addAndGet(entry.warnings().size());
    }

    void done(IatiService.ImportResult report, Instant at) {
        imported.set(report.imported());
        updated.set(report.updated());
        unchanged.set(report.unchanged());
        rejected.set(report.rejected());
        warnings.set(report.warnings());
        result = report;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(String reason, Instant at) {
        error = reason;
        finishedAt = at;
        state = State.FAILED;
    }

    ImportJobView view() {
        IatiService.ImportResult report = result;
        int done = imported.get() + updated.get() + unchanged.get() + rejected.get();
        return new ImportJobView(
                id,
                state.name().toLowerCase(java.util.Locale.ROOT),
                fileName,
                report == null ? total : Math.max(total, done),
                done,
                imported.get(),
                updated.get(),
                unchanged.get(),
                rejected.get(),
                warnings.get(),
                startedAt,
                finishedAt,
                error,
                report == null ? List.of() : report.activities());
    }
}
