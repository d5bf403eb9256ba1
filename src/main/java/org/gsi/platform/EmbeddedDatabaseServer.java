package org.gsi.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started in-process from real PostgreSQL binaries, its data kept under
 * {@code <data-dir>/postgres} between runs. The data directory is locked for the life of the server, so a
 * second instance on the same directory stops with a clear message instead of touching the first one's data.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Locks {@code dataDir} and starts PostgreSQL on its {@code postgres} folder. */
    public static EmbeddedDatabaseServer start(Path dataDir, boolean durable) {
        Path dir = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            Path lockFile = dir.resolve("gsi.lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dir);
            }
            boolean firstStart = !Files.exists(dir.resolve("postgres").resolve("postgresql.conf"));
            log.info("{} embedded PostgreSQL in {}", firstStart ? "Initialising" : "Starting", dir.resolve("postgres"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    // bulk imports: checkpoints far enough apart that index pages are not logged whole again and
                    // again, and room in memory for the event store's key index
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("shared_buffers", "256MB")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    // stopped by close(), after everything that uses it: its own JVM shutdown hook would stop it
                    // while the application context is still closing (and event publication still writing)
                    .setRegisterShutdownHook(false)
                    .start();
            Files.writeString(dir.resolve("postgres.port"), Integer.toString(postgres.getPort()));
            return new EmbeddedDatabaseServer(channel, lock, postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * The JDBC URL of the embedded server that another instance runs on {@code dataDir}, for operator commands
     * run while the platform is up.
     */
    public static java.util.Optional<String> runningServerUrl(Path dataDir) {
        Path portFile = dataDir.toAbsolutePath().normalize().resolve("postgres.port");
        try {
            String port = Files.readString(portFile).trim();
            return java.util.Optional.of(
                    "jdbc:postgresql://localhost:" + Integer.parseInt(port) + "/postgres?user=postgres");
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                log.warn("Could not release the data directory lock: {}", e.getMessage());
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Another instance holds the data directory. */
    public static final class DataDirectoryInUseException extends IllegalStateException {

        DataDirectoryInUseException(Path dir) {
            super("Another GSI Platform instance is already using the data directory " + dir
                    + " (it holds " + dir.resolve("gsi.lock") + "). Stop that instance first, or start this one with"
                    + " --gsi.data-dir=<another directory>.");
        }
    }
}
