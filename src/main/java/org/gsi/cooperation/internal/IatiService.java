package org.gsi.cooperation.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.internal.iati.IatiActivity;
import org.gsi.cooperation.internal.iati.IatiActivityReader;
import org.gsi.cooperation.internal.iati.IatiOrg;
import org.gsi.cooperation.internal.iati.ImportReport;
import org.gsi.cooperation.internal.iati.UnreadablePart;
import org.gsi.platform.Actor;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IATI 2.03 import (one transaction per activity, idempotent on iati-identifier, every activity through the project
 * aggregate: see {@link IatiActivityImport}) and export of the projects a reader may see.
 */
@Service
class IatiService {

    /**
     * What happened to one activity of an imported file, with what was odd in it but kept; the reason (none unless
     * rejected) and the warnings are messages of the bundles, put into the reader's words when the report is read.
     */
    record ImportEntry(
            String identifier, int line, String outcome, Message reason, UUID projectId, List<Message> warnings) {}

    /**
     * The report of a file: {@code read = imported + updated + unchanged + rejected}, warnings counted apart;
     * {@code broken} says where the file stopped being readable, when it did.
     */
    record ImportResult(
            int read,
            int imported,
            int updated,
            int unchanged,
            int rejected,
            int warnings,
            Message broken,
            List<ImportEntry> activities) {}

    /** Threads writing the activities of one file; the database, not the parsing, sets the pace. */
    private static final int WRITERS = 2;

    /** Activities read but not yet written, at most. */
    private static final int IN_FLIGHT = 64;

    static final IatiOrg REPORTING_ORG =
            new IatiOrg(Optional.of("XI-GSI"), Optional.of("40"), Optional.of("GSI Platform"));

    private final IatiActivityImport writer;
    private final IatiExport export;
    private final SectorMappings sectorMappings;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final TransactionTemplate tx;

    IatiService(
            IatiActivityImport writer,
            IatiExport export,
            SectorMappings sectorMappings,
            Registry registry,
            Taxonomy taxonomy,
            TransactionTemplate tx) {
        this.writer = writer;
        this.export = export;
        this.sectorMappings = sectorMappings;
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.tx = tx;
    }

    ImportResult importFile(Actor actor, InputStream in, String defaultArea) {
        return importFile(actor, in, defaultArea, entry -> {});
    }

    /** Who may import: an editor of the party the projects will belong to. */
    void requireImporter(Actor actor) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "import-iati", "project", null);
    }

    /**
     * Imports the file, telling {@code progress} of each activity written or refused while writing it (from the
     * writer threads, in the order they finish).
     *
     * <p>The file is read on the calling thread while {@link #WRITERS} threads write the activities, each in its
     * own transaction. An identifier always goes to the same writer, so an activity repeated in one file is
     * written in file order; the report lists the activities in file order, each with the line it starts on. At
     * most {@link #IN_FLIGHT} activities wait to be written, so a large file is never held in memory. A file that
     * is empty or not IATI is refused as a whole before anything is written.
     */
    ImportResult importFile(Actor actor, InputStream in, String defaultArea, Consumer<ImportEntry> progress) {
        return importFile(actor, in, defaultArea, Set.of(), (position, entry) -> progress.accept(entry));
    }

    /**
     * Imports the file as above, passing over the activities at the positions in {@code passOver} (0 for the
     * file's first activity; -1, -2… for the ones the reader could not read) and telling {@code record} of each
     * activity with its position: inside the activity's transaction when it was written, so that what is recorded
     * is exactly what was written. A background job taken over by another node goes on this way.
     */
    ImportResult importFile(
            Actor actor,
            InputStream in,
            String defaultArea,
            Set<Integer> passOver,
            BiConsumer<Integer, ImportEntry> record) {
        requireImporter(actor);
        Optional<PriorityArea> override =
                Optional.ofNullable(defaultArea).filter(s -> !s.isBlank()).map(s -> PriorityArea.of(s.strip()));
        IatiActivityMapping mapping = new IatiActivityMapping(
                taxonomy, sectorMappings.snapshot(), new RegistryMemo(registry), override, actor.partyCode());
        List<Future<ImportEntry>> written = new ArrayList<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<ExecutorService> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            writers.add(Executors.newSingleThreadExecutor(r -> new Thread(r, "iati-writer-" + n)));
        }
        ImportReport report;
        int[] read = {0};
        AtomicReference<RuntimeException> lost = new AtomicReference<>();
        try {
            report = new IatiActivityReader().read(in, activity -> {
                int position = read[0]++;
                if (passOver.contains(position)) {
                    return;
                }
                inFlight.acquireUninterruptibly();
                stopIfLost(lost);
                int w = Math.floorMod(activity.identifier().hashCode(), WRITERS);
                written.add(writers.get(w).submit(() -> {
                    try {
                        return lost.get() == null
                                ? importOne(actor, activity, mapping, entry -> record.accept(position, entry))
                                : null;
                    } catch (RuntimeException e) {
                        lost.compareAndSet(null, e);
                        throw e;
                    } finally {
                        inFlight.release();
                    }
                }));
            });
        } finally {
            writers.forEach(ExecutorService::shutdown);
            writers.forEach(IatiService::awaitEnd);
        }
        stopIfLost(lost);
        List<ImportEntry> entries = new ArrayList<>(written.size());
        written.forEach(f -> entries.add(finished(f)));
        for (int i = 0; i < report.rejectedEntries().size(); i++) {
            var e = report.rejectedEntries().get(i);
            ImportEntry entry = new ImportEntry(
                    e.identifier().orElse(null),
                    e.line(),
                    "rejected",
                    e.reason().orElseThrow(),
                    null,
                    List.of());
            if (!passOver.contains(-1 - i)) {
                record.accept(-1 - i, entry);
                entries.add(entry);
            }
        }
        entries.sort(java.util.Comparator.comparingInt(ImportEntry::line));
        return new ImportResult(
                entries.size(),
                count(entries, "imported"),
                count(entries, "updated"),
                count(entries, "unchanged"),
                count(entries, "rejected"),
                entries.stream().mapToInt(e -> e.warnings().size()).sum(),
                report.broken().orElse(null),
                entries);
    }

    /**
     * Ends the attempt when a writer met a failure of the database rather than of its activity (see {@link
     * TransientFailures}): nothing more is read or written, and a later attempt goes on past what was committed.
     */
    private static void stopIfLost(AtomicReference<RuntimeException> lost) {
        RuntimeException failure = lost.get();
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits until a writer has finished what it was given, so that no write of this attempt outlives it. */
    private static void awaitEnd(ExecutorService writer) {
        boolean interrupted = false;
        while (true) {
            try {
                if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a written activity; every failure of one activity is already its rejection (see importOne). */
    private static ImportEntry finished(Future<ImportEntry> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException("an IATI writer failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Writes one activity in its own transaction with the record of what happened to it. What the activity's data
     * makes the platform refuse is the activity's rejection, with its reason; a failure of the database itself (see
     * {@link TransientFailures}) is no fault of the activity and is thrown, ending the job's attempt.
     */
    private ImportEntry importOne(
            Actor actor, IatiActivity a, IatiActivityMapping mapping, Consumer<ImportEntry> record) {
        IatiActivityMapping.Mapped mapped;
        try {
            mapped = mapping.map(a);
        } catch (RuntimeException e) {
            if (TransientFailures.transientFailure(e)) {
                throw e;
            }
            return refused(a, IatiActivityImport.Outcome.rejected(UnreadablePart.reason(e), a.warnings()), record);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    ImportEntry written = entry(a, writer.write(actor, a.identifier(), mapped));
                    record.accept(written);
                    return written;
                });
            } catch (PessimisticLockingFailureException e) {
                // two writers met on the same summary rows and the database chose this one to give way
                if (attempt == 3) {
                    throw e;
                }
            } catch (RuntimeException e) {
                if (TransientFailures.transientFailure(e)) {
                    throw e;
                }
                return refused(
                        a, IatiActivityImport.Outcome.rejected(UnreadablePart.reason(e), mapped.warnings()), record);
            }
        }
    }

    private static ImportEntry refused(IatiActivity a, IatiActivityImport.Outcome o, Consumer<ImportEntry> record) {
        ImportEntry entry = entry(a, o);
        record.accept(entry);
        return entry;
    }

    private static ImportEntry entry(IatiActivity a, IatiActivityImport.Outcome o) {
        return new ImportEntry(a.identifier(), a.line(), o.outcome(), o.reason(), o.projectId(), o.warnings());
    }

    /** Writes the projects as IATI activities, one by one as they are read; see {@link IatiExport}. */
    int export(List<UUID> ids, OutputStream out) throws XMLStreamException {
        return export.write(ids.stream().map(ProjectId::new).iterator(), out);
    }

    private static int count(List<ImportEntry> entries, String outcome) {
        return (int) entries.stream().filter(e -> outcome.equals(e.outcome())).count();
    }
}
