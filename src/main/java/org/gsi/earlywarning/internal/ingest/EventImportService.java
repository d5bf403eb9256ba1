package org.gsi.earlywarning.internal.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.EventsImported;
import org.gsi.earlywarning.internal.store.DataStewards;
import org.gsi.earlywarning.internal.store.SourceWritePolicy;
import org.gsi.platform.Actor;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Jobs;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Event imports: an uploaded file is kept under the data directory until its import ends, and imported by a durable
 * job ({@link EventImportJobs}) that one node of the platform claims; imports never interleave (each holds the
 * store's lock). A job whose node stops mid-way is taken over by another node and goes on after the last committed
 * chunk. The command line imports in the foreground. The same file (by content) cannot be queued twice. Who may
 * import which source is {@link SourceWritePolicy}'s to say, on every path.
 */
@Service
public class EventImportService {

    /** What a foreground import (command line, demo) imports and for whom. */
    public record ForegroundImport(
            String operator, Path file, String format, String party, boolean replacePeriod, boolean demo) {}

    /** What a foreground import tells as it goes. */
    public interface Progress {

        /** The import starts reading a file of {@code total} bytes; {@code read} tells how many it has read. */
        default void started(long total, LongSupplier read) {}

        /** A chunk was committed: the counts up to it. */
        void chunk(EventImporter.Counts soFar);
    }

    private final ImportJobStore jobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DataStewards stewards;
    private final MessageSource messages;
    private final EventImporter importer;
    private final ImportFiles files;
    private final CommandLineLeases leases;
    private final Jobs background;

    EventImportService(
            DataSource dataSource,
            ImportJobStore jobs,
            AuditLog audit,
            ApplicationEventPublisher events,
            DataStewards stewards,
            MessageSource messages,
            GsiProperties properties,
            Jobs background,
            @Value("${gsi.earlywarning.import-chunk-rows:" + EventImporter.DEFAULT_CHUNK + "}") int chunkRows) {
        this.jobs = jobs;
        this.audit = audit;
        this.events = events;
        this.stewards = stewards;
        this.messages = messages;
        CountryCodes countries = CountryCodes.load();
        this.importer = new EventImporter(dataSource, countries, chunkRows);
        this.files = new ImportFiles(
                properties.dataDir().resolve("earlywarning").resolve("imports"), new EventFileReader(countries));
        this.leases = new CommandLineLeases(dataSource);
        this.background = background;
    }

    /**
     * Command-line imports whose process is gone (it no longer holds the job's lease) can never finish, and are
     * marked failed whenever the platform or a command starts. The platform's own jobs are durable: another node
     * takes them over.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedJobs() {
        leases.failAbandoned();
    }

    /**
     * Queues an uploaded file for import; returns the queued job. A party's incident reports are stored as its
     * own; the events of a public source only by the secretariat or that source's data stewards.
     *
     * @param replacePeriod whether the stored events of the file's source and period that the file lacks are
     *     retracted
     */
    public ImportJobView submit(
            Actor actor, String fileName, InputStream content, String format, boolean replacePeriod) {
        Optional<EventSource> requested = ImportFiles.parseFormat(format);
        requested.ifPresent(source -> SourceWritePolicy.require(actor, source, stewards.of(source)));
        UUID id = UUID.randomUUID();
        Path file = files.keep(id.toString(), content);
        try {
            EventSource source = files.layoutOf(file, requested);
            SourceWritePolicy.require(actor, source, stewards.of(source));
            EventImporter.Scope scope = new EventImporter.Scope(actor.partyCode(), replacePeriod, actor.username());
            String name = ImportFiles.name(fileName);
            jobs.insert(id, newJob(name, file, source, actor.username(), actor.partyCode(), false, scope, false));
            audit.record(
                    actor,
                    "import",
                    "event-import",
                    id.toString(),
                    "Queued " + name + " (" + source.formatKey() + (replacePeriod ? ", replacing its period" : "")
                            + ") for import");
        } catch (RuntimeException e) {
            ImportFiles.delete(file);
            throw e;
        }
        try {
            background.files().keep(id, file);
            background.submit(EventImportJobs.IMPORT, id.toString());
        } catch (RuntimeException e) {
            jobs.finished(id, "FAILED", "The import could not be queued: " + e.getMessage());
            ImportFiles.delete(file);
            background.files().delete(id);
            throw e;
        }
        return job(id);
    }

    /**
     * Runs a queued job of the platform, on whichever node claimed it: from the start, or after the last chunk
     * committed by a node that stopped mid-way. A job that has ended already is left as it is.
     */
    void runQueued(UUID id, EventImporter.ChunkListener observer) {
        jobs.unfinished(id).ifPresent(job -> {
            // the node that received the upload has it on disk; any other node reads the copy kept with the job
            Path file = files.upload(id.toString());
            if (!Files.exists(file) && !background.files().copyTo(id, file)) {
                jobs.finished(id, "FAILED", "The uploaded file is no longer kept.");
                return;
            }
            run(
                    id,
                    file,
                    job.source(),
                    job.fileName(),
                    job.scope(),
                    new Progress() {
                        @Override
                        public void chunk(EventImporter.Counts soFar) {}
                    },
                    observer);
        });
    }

    /**
     * Imports a file now, in this thread, reporting progress (command line, demo). The operator of the host writes
     * any source, as the secretariat does; incident reports need the party they belong to.
     */
    public ImportJobView importNow(ForegroundImport request, Progress progress) {
        EventSource layout = files.layoutOf(request.file(), ImportFiles.parseFormat(request.format()));
        String party = request.party() == null ? "" : request.party().trim();
        if (layout == EventSource.INCIDENTS && party.isEmpty()) {
            throw new InvalidInputException("party", Message.of("earlywarning.refused.incidentsParty"));
        }
        EventImporter.Scope scope = new EventImporter.Scope(party, request.replacePeriod(), request.operator());
        String name = ImportFiles.name(request.file().getFileName().toString());
        UUID id = UUID.randomUUID();
        try (CommandLineLeases.Lease lease = leases.take(id)) {
            jobs.insert(
                    id, newJob(name, request.file(), layout, request.operator(), party, request.demo(), scope, true));
            audit.recordSystem(request.operator(), "import", "event-import", id.toString(), "Importing " + name);
            run(id, request.file(), layout, name, scope, progress, NO_OBSERVER);
        }
        return job(id);
    }

    private static ImportJobStore.NewJob newJob(
            String name,
            Path file,
            EventSource source,
            String user,
            String party,
            boolean demo,
            EventImporter.Scope scope,
            boolean foreground) {
        return new ImportJobStore.NewJob(
                name,
                ImportFiles.hash(file),
                ImportFiles.size(file),
                source.formatKey(),
                user,
                party,
                demo,
                scope,
                foreground ? ImportJobStore.Runner.COMMAND_LINE : ImportJobStore.Runner.WEB);
    }

    /** A job with its first 1,000 rejected rows and warnings, both in the reader's language. */
    public ImportJobView job(UUID id) {
        ImportJobView job = jobs.find(id).orElseThrow(() -> new NotFoundException("import job", id.toString()));
        Locale locale = LocaleContextHolder.getLocale();
        return job.withRows(
                jobs.rejections(id, 0, 1000).stream().map(r -> view(r, locale)).toList(),
                jobs.warnings(id, 0, 1000).stream().map(w -> view(w, locale)).toList());
    }

    public List<ImportJobView> recent(int limit) {
        return jobs.recent(limit);
    }

    private ImportJobView.RejectedRowView view(ImportJobStore.StoredRejection stored, Locale locale) {
        return stored.said()
                .map(r -> new ImportJobView.RejectedRowView(
                        r.line(),
                        r.kind().name(),
                        r.arguments(),
                        messages.getMessage(
                                "earlywarning.rejection." + r.kind().name(),
                                r.arguments().toArray(),
                                r.kind().name(),
                                locale)))
                .orElseGet(
                        () -> new ImportJobView.RejectedRowView(stored.line(), null, List.of(), stored.storedText()));
    }

    private ImportJobView.WarningView view(RowWarning w, Locale locale) {
        return new ImportJobView.WarningView(
                w.line(),
                w.field(),
                w.kind().name(),
                w.arguments(),
                messages.getMessage(
                        w.messageKey(), w.arguments().toArray(), w.kind().name(), locale));
    }

    private void run(
            UUID id,
            Path file,
            EventSource layout,
            String fileName,
            EventImporter.Scope scope,
            Progress progress,
            EventImporter.ChunkListener observer) {
        jobs.started(id, layout.formatKey());
        boolean ended = false;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file))) {
            progress.started(ImportFiles.size(file), in::count);
            EventImporter.Outcome outcome = importer.run(
                    id,
                    in,
                    Optional.of(layout),
                    ImportFiles.release(fileName),
                    scope,
                    (c, n, r, w) -> {
                        ImportJobStore.chunkMerged(c, id, n, r, w);
                        observer.chunkMerged(c, n, r, w);
                        progress.chunk(n);
                    },
                    c -> ImportJobStore.committed(c, id));
            ended = jobs.finished(id, "DONE", null);
            if (!ended) {
                return;
            }
            EventImporter.Counts n = outcome.counts();
            audit.recordSystem(
                    "earlywarning-import",
                    "import-finished",
                    "event-import",
                    id.toString(),
                    n.read() + " rows: " + n.imported() + " imported, " + n.updated() + " updated, " + n.unchanged()
                            + " unchanged, " + n.rejected() + " rejected; " + n.warnings() + " warnings, "
                            + n.retracted() + " stored events retracted");
            events.publishEvent(new EventsImported(id, layout, outcome.touchedCountryMonths()));
        } catch (IOException | RuntimeException e) {
            ended = jobs.finished(
                    id, "FAILED", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (ended && files.isUpload(file)) {
                ImportFiles.delete(file);
                background.files().delete(id);
            }
        }
    }

    private static final EventImporter.ChunkListener NO_OBSERVER = (c, n, r, w) -> {};

    /** The bytes of the file read so far, for a progress bar. */
    private static final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
