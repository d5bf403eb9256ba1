package org.gsi.cooperation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An IATI file imported in the background (a durable job, see {@link IatiImports}): its states and its view. */
final class ImportJob {

    private ImportJob() {}

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
}
