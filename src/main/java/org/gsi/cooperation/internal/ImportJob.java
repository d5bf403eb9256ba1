package org.gsi.cooperation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Message;
import org.gsi.platform.ReaderFormats;

/** An IATI file imported in the background (a durable job, see {@link IatiImports}): its states and its view. */
final class ImportJob {

    private ImportJob() {}

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * What the API and the import page show of a job; why it failed, if it did, in the reader's words and as its
     * message key and arguments.
     */
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
            Said errorMessage,
            List<EntryView> activities) {

        /** This view with its failure and its activities' outcomes in the reader's words. */
        ImportJobView said(Message failure, List<EntryView> said, ReaderFormats words) {
            return new ImportJobView(
                    id,
                    state,
                    fileName,
                    total,
                    done,
                    imported,
                    updated,
                    unchanged,
                    rejected,
                    warnings,
                    startedAt,
                    finishedAt,
                    failure == null ? null : words.text(failure),
                    failure == null ? null : Said.of(failure),
                    said);
        }

        public boolean finished() {
            return !state.equals("queued") && !state.equals("running");
        }

        /** Per cent of the activities done, 0 while their number is unknown. */
        public int percent() {
            return total <= 0 ? 0 : Math.min(100, done * 100 / total);
        }
    }

    /**
     * The report of a file imported while the client waited, as the reader reads it: {@code read = imported + updated
     * + unchanged + rejected}, warnings counted apart, and where the file stopped being readable, when it did.
     */
    record ReportView(
            int read,
            int imported,
            int updated,
            int unchanged,
            int rejected,
            int warnings,
            String broken,
            Said brokenMessage,
            List<EntryView> activities) {

        static ReportView of(IatiService.ImportResult r, ReaderFormats words) {
            return new ReportView(
                    r.read(),
                    r.imported(),
                    r.updated(),
                    r.unchanged(),
                    r.rejected(),
                    r.warnings(),
                    r.broken() == null ? null : words.text(r.broken()),
                    r.broken() == null ? null : Said.of(r.broken()),
                    r.activities().stream().map(e -> EntryView.of(e, words)).toList());
        }
    }

    /**
     * One activity's outcome as the reader reads it: the reason and the warnings in the reader's language, and each
     * also as its message key and arguments so that a client can say it in a language of its own.
     */
    record EntryView(
            String identifier,
            int line,
            String outcome,
            String reason,
            Said reasonMessage,
            UUID projectId,
            List<String> warnings,
            List<Said> warningMessages) {

        static EntryView of(IatiService.ImportEntry e, ReaderFormats words) {
            Message reason = e.reason();
            return new EntryView(
                    e.identifier(),
                    e.line(),
                    e.outcome(),
                    reason == null ? null : words.text(reason),
                    reason == null ? null : Said.of(reason),
                    e.projectId(),
                    e.warnings().stream().map(words::text).toList(),
                    e.warnings().stream().map(Said::of).toList());
        }
    }

    /**
     * A message as a client translates it: its key of the bundles and its arguments, each a text, a number, a date
     * or a nested message. A report written before reasons were keyed holds English sentences: their key is
     * {@value Message#UNTRANSLATED} and the one argument is the sentence as stored.
     */
    record Said(String key, List<Object> arguments) {

        static Said of(Message m) {
            return new Said(
                    m.key(),
                    m.args().stream()
                            .map(a -> a instanceof Message nested ? of(nested) : a.toString())
                            .toList());
        }
    }
}
