package org.gsi.cooperation.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gsi.cooperation.internal.iati.IatiActivityReader;
import org.gsi.platform.Actor;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * IATI files imported in the background, one after the other, so that a large file shows its progress while it
 * is read. A job is seen only by its own party; the most recent {@value #KEPT} jobs are kept in memory.
 */
@Service
class IatiImports {

    static final int KEPT = 100;

    private final IatiService iati;
    private final Path spool;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iati-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, ImportJob> jobs = new LinkedHashMap<>();

    IatiImports(IatiService iati, GsiProperties properties) {
        this.iati = iati;
        this.spool = properties.dataDir().resolve("imports");
    }

    /** Keeps the file and queues its import; answers at once with the job. */
    ImportJob start(Actor actor, InputStream content, String fileName, String defaultArea) {
        iati.requireImporter(actor);
        Path file = keep(content);
        requireIatiFile(file);
        ImportJob job = new ImportJob(
                actor.partyCode(), org.gsi.platform.FileNames.clean(fileName, ""), activities(file), clock.instant());
        remember(job);
        worker.execute(() -> run(job, actor, file, defaultArea));
        return job;
    }

    /** The job, if it belongs to the reader's party; 404 otherwise. */
    ImportJob find(String readerParty, UUID id) {
        ImportJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || !job.party().equals(readerParty)) {
            throw new NotFoundException("import", id.toString());
        }
        return job;
    }

    private void run(ImportJob job, Actor actor, Path file, String defaultArea) {
        job.running();
        try (InputStream in = Files.newInputStream(file)) {
            job.done(iati.importFile(actor, in, defaultArea, job::count), clock.instant());
        } catch (IOException | RuntimeException e) {
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the spool directory is only ever appended to by new jobs with new names
            }
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

    private Path keep(InputStream content) {
        try {
            Files.createDirectories(spool);
            Path file = Files.createTempFile(spool, "iati-", ".xml");
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

    private void remember(ImportJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
            var oldest = jobs.values().iterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (oldest.next().finished()) {
                    oldest.remove();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
