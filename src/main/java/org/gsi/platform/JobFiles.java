package org.gsi.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The files of durable jobs (uploads), kept in the database in parts of {@value #PART} bytes until their job ends,
 * so that whichever node runs a job, or takes it over, reads the same file. Memory stays bounded: a file is written
 * and read back one part at a time.
 */
public final class JobFiles {

    static final int PART = 1 << 20;

    private final JdbcClient jdbc;

    JobFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a copy of the file under {@code id}. */
    public void keep(UUID id, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[PART];
            for (int part = 0; ; part++) {
                int n = in.readNBytes(buffer, 0, PART);
                if (n == 0 && part > 0) {
                    return;
                }
                byte[] bytes = n == PART ? buffer : java.util.Arrays.copyOf(buffer, n);
                jdbc.sql("INSERT INTO platform_job_file_part (file_id, part, bytes) VALUES (?, ?, ?)")
                        .params(id, part, bytes)
                        .update();
                if (n < PART) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the file of job " + id, e);
        }
    }

    /** Writes the kept file to {@code target} (replacing it); false when no file is kept under {@code id}. */
    public boolean copyTo(UUID id, Path target) {
        int parts = jdbc.sql("SELECT count(*) FROM platform_job_file_part WHERE file_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        if (parts == 0) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "job-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                for (int part = 0; part < parts; part++) {
                    out.write(jdbc.sql("SELECT bytes FROM platform_job_file_part WHERE file_id = ? AND part = ?")
                            .params(id, part)
                            .query(byte[].class)
                            .single());
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the file of job " + id, e);
        }
    }

    /** Forgets the kept file (its job ended). */
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM platform_job_file_part WHERE file_id = ?")
                .param(id)
                .update();
    }
}
