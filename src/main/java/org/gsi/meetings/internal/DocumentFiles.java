package org.gsi.meetings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bytes of meeting documents and credentials letters, kept under {@code <data-dir>/meetings} by their
 * SHA-256; at most {@code gsi.meetings.max-document-size} (20 MB by default) and only of the kinds in
 * {@link FileType}.
 */
@Component
class DocumentFiles {

    /** A stored file: its clean name, detected type, size and checksum. */
    record StoredFile(String filename, String contentType, long size, String sha256, Instant storedAt) {}

    private final JdbcClient jdbc;
    private final Path root;
    private final long maxBytes;

    DocumentFiles(
            JdbcClient jdbc,
            GsiProperties properties,
            @Value("${gsi.meetings.max-document-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.root = properties.dataDir().resolve("meetings");
        this.maxBytes = maxSize.toBytes();
    }

    /** Stores the content if it is an accepted kind within the size limit; the field is named in refusals. */
    StoredFile store(String field, String filename, InputStream content) {
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            String sha = copy(field, content, temp);
            FileType type = FileType.detect(temp)
                    .orElseThrow(() -> new InvalidInputException(field, Message.of("meetings.refused.fileType")));
            long size = Files.size(temp);
            Path target = path(sha);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(
                    org.gsi.platform.FileNames.clean(filename, "document"), type.mediaType, size, sha, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    /** Deletes the bytes unless another document or letter still has the same content. */
    void forget(String sha) {
        boolean used = jdbc.sql("SELECT EXISTS (SELECT 1 FROM meetings_document WHERE sha256 = :s)"
                        + " OR EXISTS (SELECT 1 FROM meetings_registration WHERE letter_sha256 = :s)")
                .param("s", sha)
                .query(Boolean.class)
                .single();
        if (!used) {
            deleteQuietly(path(sha));
        }
    }

    private String copy(String field, InputStream in, Path target) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException(
                            field,
                            Message.of(
                                    "form.refused.fileTooLarge",
                                    DataSize.ofBytes(maxBytes).toMegabytes()));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new InvalidInputException(field, Message.of("form.refused.fileEmpty"));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover file is harmless: the next upload of the same content overwrites it
            }
        }
    }
}
