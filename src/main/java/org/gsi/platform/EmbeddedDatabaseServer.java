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
 * A PostgreSQL server started from real PostgreSQL binaries, its data kept under {@code <data-dir>/postgres} between
 * runs. The data directory is locked for the life of the server, so a second instance on the same directory stops
 * with a clear message instead of touching the first one's data. A server left running by a platform that was
 * killed is stopped before the server starts again ({@link OrphanedServer}). Every connection needs a password
 * ({@link DatabaseCredentials}, {@link DatabaseRoles}).
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabaseServer(
            FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
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
            Path pgData = dir.resolve("postgres");
            boolean firstStart = !Files.exists(pgData.resolve("postgresql.conf"));
            if (!firstStart) {
                OrphanedServer.stopIfRunning(pgData);
            }
            DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(dir);
            DatabaseRoles.prepare(pgData, credentials);
            log.info("{} embedded PostgreSQL in {}", firstStart ? "Initialising" : "Starting", pgData);
            long began = System.nanoTime();
            EmbeddedPostgres postgres = startServer(pgData, credentials, durable);
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(channel, lock, postgres, credentials);
            try {
                DatabaseRoles.secure(server.jdbcUrl(), pgData, credentials);
                Files.writeString(dir.resolve("postgres.port"), Integer.toString(postgres.getPort()));
                log.info(
                        "Embedded PostgreSQL {} in {} ms",
                        firstStart ? "initialised and started" : "started",
                        (System.nanoTime() - began) / 1_000_000);
            } catch (RuntimeException | IOException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static EmbeddedPostgres startServer(Path pgData, DatabaseCredentials credentials, boolean durable)
            throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setConnectConfig("password", credentials.password(DatabaseCredentials.SUPERUSER))
                .setServerConfig("max_connections", "60")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                // bulk imports: checkpoints far enough apart that index pages are not logged whole again and
                // again, and room in memory for the event store's key index
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("locale", "C.UTF-8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // stopped by close(), after everything that uses it: its own JVM shutdown hook would stop it
                // while the application context is still closing (and event publication still writing)
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * Whether another process (or this one) holds {@code dataDir}: checked before anything starts, so a second
     * instance is refused at once. The lock itself is taken by {@link #start}.
     */
    public static boolean inUse(Path dataDir) {
        Path lockFile = dataDir.toAbsolutePath().normalize().resolve("gsi.lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            return false;
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
            return java.util.Optional.of(
                    url(Integer.parseInt(Files.readString(portFile).trim())));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The JDBC URL of the server, without a user: each role connects with its own password. */
    public String jdbcUrl() {
        return url(postgres.getPort());
    }

    /** The passwords of the server's roles. */
    public DatabaseCredentials credentials() {
        return credentials;
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
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

    /** Another instance holds the data directory; the process exits with status 1. */
    public static final class DataDirectoryInUseException extends IllegalStateException
            implements org.springframework.boot.ExitCodeGenerator {

        @Override
        public int getExitCode() {
            return 1;
        }

        DataDirectoryInUseException(Path dir) {
            super("Another GSI Platform instance is already using the data directory " + dir
                    + " (it holds " + dir.resolve("gsi.lock") + "). Stop that instance first, or start this one with"
                    + " --gsi.data-dir=<another directory>.");
        }
    }
}
