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
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * IATI files imported in the background by a durable job that one node of the platform claims, so that a large
 * file shows its progress while it is read, on every node. A job is seen only by its own party; the jobs are kept
 * in the database. Each activity's outcome is recorded in the activity's own transaction, so a job taken over from
 * a node that stopped passes over the activities already written and its counts stay exact.
 */
@Service
class IatiImports {

    static final TaskDescriptor<Void> IMPORT = TaskDescriptor.of("cooperation-iati-import");

    private final IatiService iati;
    private final IatiImportStore store;
    private final Jobs jobs;
    private final Path spool;
    private final Clock clock = Clock.systemUTC();
    private final MessageSource messages;

    IatiImports(IatiService iati, IatiImportStore store, Jobs jobs, GsiProperties properties, MessageSource messages) {
        this.messages = messages;
        this.iati = iati;
        this.store = store;
        this.jobs = jobs;
        this.spool = properties.dataDir().resolve("imports");
    }

    /** The job kind of the imports. */
    @Configuration(proxyBeanMethods = false)
    static class ImportJobs {

        @Bean
        OneTimeTask<Void> iatiImportJob(IatiImports imports) {
            return Tasks.oneTime(IMPORT).execute((instance, context) -> imports.run(UUID.fromString(instance.getId())));
        }
    }

    /** Keeps the file and queues its import; answers at once with the job. */
    ImportJob.ImportJobView start(Actor actor, InputStream content, String fileName, String defaultArea) {
        iati.requireImporter(actor);
        UUID id = UUID.randomUUID();
        Path file = keep(id, content);
        requireIatiFile(file);
        store.queued(id, actor, FileNames.clean(fileName, ""), defaultArea, activities(file), clock.instant());
        try {
            jobs.files().keep(id, file);
            jobs.submit(IMPORT, id.toString());
        } catch (RuntimeException e) {
            store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.notQueued", failure(e)));
            delete(id, file);
            throw e;
        }
        return store.find(id).orElseThrow().said(ReaderFormats.current(messages));
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
            } catch (IOException | RuntimeException e) {
                ended = store.ended(id, ImportJob.State.FAILED, Message.of("cooperation.iati.failed", failure(e)));
            } finally {
                if (ended) {
                    delete(id, file);
                }
            }
        });
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
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the spool directory is only ever appended to by new jobs with new names
            }
            throw e;
        }
    }

    private Path keep(UUID id, InputStream content) {
        try {
            Files.createDirectories(spool);
            Path file = spool.resolve(id + ".xml");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
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
