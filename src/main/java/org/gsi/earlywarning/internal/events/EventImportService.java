package org.gsi.earlywarning.internal.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.EventsImported;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.gsi.earlywarning.internal.ingest.EventFileReader;
import org.gsi.earlywarning.internal.ingest.UnrecognisedFormatException;
import org.gsi.platform.Actor;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Event imports: an uploaded file is kept under the data directory and imported by one background worker, so
 * imports never interleave; the command line imports in the foreground. The same file (by content) cannot be
 * queued twice.
 */
@Service
public class EventImportService {

    /** A release in a file name: {@code GEDEvent_v23_1.csv}, or {@code ged211_…} as UCDP names GED 21.1. */
    private static final Pattern RELEASE = Pattern.compile("v(\\d+)[_.](\\d+)|ged(\\d{2})(\\d)(?!\\d)");

    private final ImportJobStore jobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EventImporter importer;
    private final EventFileReader reader;
    private final Path uploads;
    private final boolean commandLine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "earlywarning-import");
        t.setDaemon(true);
        return t;
    });

    EventImportService(
            DataSource dataSource,
            ImportJobStore jobs,
            AuditLog audit,
            ApplicationEventPublisher events,
            GsiProperties properties,
            @Value("${gsi.command:}") String command) {
        this.jobs = jobs;
        this.audit = audit;
        this.events = events;
        CountryCodes countries = CountryCodes.load();
        this.importer = new EventImporter(dataSource, countries, EventImporter.DEFAULT_CHUNK);
        this.reader = new EventFileReader(countries);
        this.uploads = properties.dataDir().resolve("earlywarning").resolve("imports");
        this.commandLine = !command.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedJobs() {
        if (!commandLine) {
            jobs.failAbandoned();
        }
    }

    /** Queues an uploaded file for import; returns the queued job. */
    public ImportJobView submit(Actor actor, String fileName, InputStream content, String format) {
        actor.require(Permission.EDIT_PARTY_RECORDS, "import", "event-import", null);
        Optional<EventSource> requested = parseFormat(format);
        UUID id = UUID.randomUUID();
        Path file = store(id, content);
        try {
            EventSource source = layoutOf(file, requested);
            jobs.insert(
                    id,
                    name(fileName),
                    hash(file),
                    size(file),
                    source.formatKey(),
                    actor.username(),
                    actor.partyCode(),
                    false);
            audit.record(
                    actor,
                    "import",
                    "event-import",
                    id.toString(),
                    "Queued " + name(fileName) + " (" + source.formatKey() + ") for import");
            worker.execute(() -> run(id, file, source, name(fileName), n -> {}));
            return job(id);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Imports a file now, in this thread, reporting progress after every chunk (command line, demo). */
    public ImportJobView importNow(
            String operator, Path source, String format, boolean demo, Consumer<EventImporter.Counts> progress) {
        Optional<EventSource> requested = parseFormat(format);
        UUID id = UUID.randomUUID();
        EventSource layout = layoutOf(source, requested);
        jobs.insert(
                id,
                name(source.getFileName().toString()),
                hash(source),
                size(source),
                layout.formatKey(),
                operator,
                "",
                demo);
        audit.recordSystem(operator, "import", "event-import", id.toString(), "Importing " + source.getFileName());
        run(id, source, layout, source.getFileName().toString(), progress);
        return job(id);
    }

    public ImportJobView job(UUID id) {
        return jobs.find(id, 1000).orElseThrow(() -> new NotFoundException("import job", id.toString()));
    }

    public List<ImportJobView> recent(int limit) {
        return jobs.recent(limit);
    }

    public List<ImportJobView.RejectedRowView> rejections(UUID id) {
        job(id);
        return jobs.rejections(id, 0, ImportJobStore.KEPT_REJECTIONS);
    }

    private void run(UUID id, Path file, EventSource layout, String fileName, Consumer<EventImporter.Counts> progress) {
        jobs.started(id, layout.formatKey());
        try (InputStream in = Files.newInputStream(file)) {
            EventImporter.Outcome outcome =
                    importer.run(id.toString(), in, Optional.of(layout), release(fileName), (c, n, r) -> {
                        ImportJobStore.chunkMerged(c, id, n, r);
                        progress.accept(n);
                    });
            jobs.finished(id, "DONE", null);
            EventImporter.Counts n = outcome.counts();
            audit.recordSystem(
                    "earlywarning-import",
                    "import-finished",
                    "event-import",
                    id.toString(),
                    n.read() + " rows: " + n.imported() + " imported, " + n.updated() + " updated, " + n.unchanged()
                            + " unchanged, " + n.rejected() + " rejected");
            events.publishEvent(new EventsImported(id, layout, outcome.touchedCountryMonths()));
        } catch (IOException | RuntimeException e) {
            jobs.finished(id, "FAILED", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (file.startsWith(uploads)) {
                delete(file);
            }
        }
    }

    static Optional<EventSource> parseFormat(String format) {
        if (format == null || format.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EventSource.fromFormatKey(format.trim())
                .orElseThrow(() -> new InvalidInputException(
                        "format", "must be one of ucdp-ged, acled, gdelt1, gdelt2, incidents (or left out)")));
    }

    /**
     * The file's layout: the one detected, which must match the one requested if any; a file whose header lacks
     * columns the layout needs is refused before it is queued, with every missing column named.
     */
    private EventSource layoutOf(Path file, Optional<EventSource> requested) {
        EventSource layout = detectedLayout(file, requested);
        try (InputStream in = Files.newInputStream(file)) {
            reader.checkHeader(in, layout);
        } catch (UnrecognisedFormatException e) {
            throw new InvalidInputException("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    private static EventSource detectedLayout(Path file, Optional<EventSource> requested) {
        EventSource detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = EventFileReader.detect(in);
        } catch (UnrecognisedFormatException e) {
            if (requested.isPresent()) {
                return requested.get();
            }
            throw new InvalidInputException("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (requested.isPresent() && requested.get() != detected) {
            throw new InvalidInputException(
                    "format",
                    "the file has the " + detected.formatKey() + " layout ("
                            + detected.layout() + "), not " + requested.get().formatKey() + " ("
                            + requested.get().layout() + ")");
        }
        return detected;
    }

    /** The data release in a file name such as {@code GEDEvent_v23_1.csv}, or empty. */
    static String release(String fileName) {
        Matcher m = RELEASE.matcher(fileName);
        if (!m.find()) {
            return "";
        }
        return m.group(1) != null ? m.group(1) + "." + m.group(2) : m.group(3) + "." + m.group(4);
    }

    private Path store(UUID id, InputStream content) {
        try {
            Files.createDirectories(uploads);
            Path file = uploads.resolve(id + ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    private static String hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return base.isBlank() ? "upload" : base;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over upload is removed with the data directory
        }
    }
}
