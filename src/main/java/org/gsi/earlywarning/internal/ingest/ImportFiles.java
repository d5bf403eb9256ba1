package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.InvalidInputException;

/**
 * The files of imports: uploads kept under the data directory until imported, their content hash and size, the
 * layout they have (checked against the one requested, and their header against what the layout needs), and the
 * data release their name tells.
 */
final class ImportFiles {

    /** A release in a file name: {@code GEDEvent_v23_1.csv}, or {@code ged211_…} as UCDP names GED 21.1. */
    private static final Pattern RELEASE = Pattern.compile("v(\\d+)[_.](\\d+)|ged(\\d{2})(\\d)(?!\\d)");

    private final Path uploads;
    private final EventFileReader reader;

    ImportFiles(Path uploads, EventFileReader reader) {
        this.uploads = uploads;
        this.reader = reader;
    }

    /** Where the upload of a job is kept until its import ends (any node of the platform reads it there). */
    Path upload(String id) {
        return uploads.resolve(id + ".upload");
    }

    /** Keeps an upload until its import is done. */
    Path keep(String id, InputStream content) {
        try {
            Files.createDirectories(uploads);
            Path file = upload(id);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    boolean isUpload(Path file) {
        return file.startsWith(uploads);
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
    EventSource layoutOf(Path file, Optional<EventSource> requested) {
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

    static String hash(Path file) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(String fileName) {
        return org.gsi.platform.FileNames.clean(fileName, "upload");
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over upload is removed with the data directory
        }
    }
}
