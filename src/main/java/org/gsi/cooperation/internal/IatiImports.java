package org.gsi.cooperation.internal;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.gsi.cooperation.internal.iati.IatiActivityReader;
import org.gsi.platform.Actor;
import org.gsi.platform.FileNames;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.Jobs;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.ReaderFormats;
import org.gsi.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IATI files imported in the background by a durable job that one node of the platform claims, so that a large
 * file shows its progress while it is read, on every node. A job is seen only by its own party; the jobs are kept
 * in the database. Each activity's outcome is recorded in the activity's own transaction, so a job taken over from
 * a node that stopped passes over the activities already written and its counts stay exact.
 */
@Service
class IatiImports {

    static final TaskDescriptor<Void> IMPORT = TaskDescriptor.of("cooperation-iati-import");

    private static final Logger LOG = LoggerFactory.getLogger(IatiImports.class);

    private final IatiService iati;
    private final IatiImportStore store;
    private final Jobs jobs;
    private final Path spool;
    private final Clock clock = Clock.systemUTC();
    private final MessageSource messages;
    private final TransactionTemplate tx;

    IatiImports(
            IatiService iati,
            IatiImportStore store,
            Jobs jobs,
            GsiProperties properties,
            MessageSource messages,
            TransactionTemplate tx) {
        this.messages = messages;
        this.iati = iati;
        this.store = store;
        this.jobs = jobs;
        this.spool = properties.dataDir().resolve("imports");
        this.tx = tx;
    }

    /** The job kind of the imports. */
    @Configuration(proxyBeanMethods = false)
    static class ImportJobs {

        /**
         * An attempt ended by a failure of the database is tried again after {@code gsi.cooperation.iati-retry} (30
         * seconds by default), then twice as long each time; after {@value #ATTEMPTS} attempts the job fails.
         */
        @Bean
        OneTimeTask<Void> iatiImportJob(
                IatiImports imports, @Value("${gsi.cooperation.iati-retry:PT30S}") Duration retry) {
            return Tasks.oneTime(IMPORT)
                    .onFailure((complete, operations) -> {
                        int failures = complete.getExecution().consecutiveFailures + 1;
                        UUID id = UUID.fromString(
                                complete.getExecution().taskInstance.getId());
                        if (failures >= ATTEMPTS) {
                            imports.gaveUp(id, complete.getCause().orElse(null));
                            operations.remove();
                        } else {
                            operations.reschedule(
                                    complete, Instant.now().plus(retry.multipliedBy(1L << (failures - 1))));
                        }
                    })
                    .execute((instance, context) -> imports.run(UUID.fromString(instance.getId())));
        }

        static final int ATTEMPTS = 5;
    }

    /**
     * Keeps the file and queues its import, all or nothing; answers at once with the job. The file is written to the
     * spool first; the job's row, the copy of the file in the database and the scheduler's row are then written in
     * one transaction. When any of them fails, the transaction leaves none of them and the spooled file is deleted:
     * no job waits for a file or a node, and no file waits for a job. The caller is told the file was not queued.
     */
    ImportJob.ImportJobView start(Actor actor, InputStream content, String fileName, String defaultArea) {
        iati.requireImporter(actor);
        UUID id = UUID.randomUUID();
        Path file = keep(id, content);
        requireIatiFile(file);
        try {
            tx.executeWithoutResult(status -> {
                store.queued(id, actor, FileNames.clean(fileName, ""), defaultArea, activities(file), clock.instant());
                jobs.files().keep(id, file);
                jobs.submitInTransaction(IMPORT, id.toString());
            });
        } catch (RuntimeException e) {
            deleteQuietly(file);
            LOG.warn("IATI import {} not queued; nothing of it was kept", id, e);
            throw new NotQueued();
        }
        return store.find(id).orElseThrow().said(ReaderFormats.current(messages));
    }

    /** A file that could not be queued for import; nothing of it was kept. */
    static final class NotQueued extends Refusal {

        NotQueued() {
            super(Message.of("cooperation.iati.notKept"));
        }
    }

    /** The job, if it belongs to the reader's party; 404 otherwise. */
    ImportJob.ImportJobView find(String readerParty, UUID id) {
        return store.find(id)
                .filter(job -> job.party().equals(readerParty))
                .map(job -> job.said(ReaderFormats.current(messages)))
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
    }

    /** The job, on whichever node claimed it: from the start, or past the activities an earlier attempt wrote. */
    void run(UUID id) {
        store.unfinished(id).ifPresent(job -> {
            Path file = spool.resolve(id + ".xml");
            if (!Files.exists(file) && !jobs.files().copyTo(id, file)) {
                store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.fileGone"));
                return;
            }
            store.running(id);
            boolean ended = false;
            try (InputStream in = Files.newInputStream(file)) {
                iati.importFile(
                        job.actor(),
                        in,
                        job.defaultArea(),
                        store.recorded(id),
                        (position, entry) -> store.record(id, position, entry));
                ended = store.ended(id, ImportJob.State.DONE, null);
            } catch (RuntimeException e) {
                if (TransientFailures.transientFailure(e)) {
                    LOG.warn("IATI import {} stopped by a failure of the database; it will be tried again", id, e);
                    throw e;
                }
                ended = store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.failed", failure(e)));
            } catch (IOException e) {
                ended = store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.failed", failure(e)));
            } finally {
                if (ended) {
                    delete(id, file);
                }
            }
        });
    }

    /** The job failed on every attempt: it ends as failed, with the last failure, and its file is dropped. */
    void gaveUp(UUID id, Throwable last) {
        Exception failure = last instanceof Exception e ? e : new IllegalStateException(String.valueOf(last));
        LOG.error("IATI import {} failed on its last attempt", id, last);
        if (store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.failed", failure(failure)))) {
            delete(id, spool.resolve(id + ".xml"));
        }
    }

    /** What went wrong, as the failure says it (the server's words, for the operator), or its kind. */
    private static Message failure(Exception e) {
        return e instanceof Refusal r
                ? r.words()
                : Message.of(
                        Message.UNTRANSLATED,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void delete(UUID id, Path file) {
        jobs.files().delete(id);
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the spool directory is only ever appended to by new jobs with new names
        }
    }

    /** A file that is empty or not IATI is refused now, with 400, rather than failing in the background. */
    private static void requireIatiFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            new IatiActivityReader().requireIatiFile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The upload in the spool; a file cut short by a failure while it is written is not left there. */
    private Path keep(UUID id, InputStream content) {
        Path file = spool.resolve(id + ".xml");
        try {
            Files.createDirectories(spool);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** The number of iati-activity elements in the file, by their start tags; -1 if it cannot be read. */
    static int activities(Path file) {
        String tag = "<iati-activity";
        int count = 0;
        int matched = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int c;
            while ((c = in.read()) >= 0) {
                if (matched == tag.length()) {
                    count += (c == '>' || Character.isWhitespace(c)) ? 1 : 0;
                    matched = 0;
                }
                matched = c == tag.charAt(matched) ? matched + 1 : (c == '<' ? 1 : 0);
            }
            return count;
        } catch (IOException e) {
            return -1;
        }
    }
}
