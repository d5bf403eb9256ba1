package org.gsi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by a platform that was killed ({@code kill -9}, a crash, a
 * power cut of the JVM alone). The embedded server runs as a process of its own, so it outlives the platform; the next
 * start finds it through {@code postmaster.pid} (its process id, data directory, start time and port) and stops it
 * with a fast shutdown, which ends its sessions, writes a checkpoint and exits, before starting the server again.
 *
 * <p>Only called while holding the data directory's lock: no running platform or command line uses the server then.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

    private OrphanedServer() {}

    /** Stops the server recorded in {@code pgData/postmaster.pid}, if it still runs; removes a stale record. */
    static void stopIfRunning(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Record> recorded = Record.read(pidFile);
        Optional<ProcessHandle> process =
                recorded.flatMap(r -> ProcessHandle.of(r.pid())).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself replaces the file of a server that no longer runs
        }
        Record r = recorded.orElseThrow();
        Optional<Boolean> server = r.isServer(process.get(), pgData);
        if (server.isEmpty()) {
            throw new IllegalStateException("Process " + r.pid() + " named in " + pidFile + " still runs and cannot be"
                    + " identified; stop it if it is a PostgreSQL server of this directory, or else remove the file.");
        }
        if (!server.get()) {
            log.warn("Removing {}: its process {} is no PostgreSQL server of this data directory", pidFile, r.pid());
            delete(pidFile);
            return;
        }
        log.warn(
                "The embedded PostgreSQL of {} (process {}, port {}) was left running by a platform that did not stop;"
                        + " stopping it before starting again",
                pgData,
                r.pid(),
                r.port());
        stop(process.get());
    }

    private static void stop(ProcessHandle server) {
        signal(server, "INT");
        if (waitForExit(server, FAST_SHUTDOWN)) {
            return;
        }
        log.warn(
                "The left-over PostgreSQL did not stop within {}s; stopping it immediately", FAST_SHUTDOWN.toSeconds());
        signal(server, "QUIT");
        if (!waitForExit(server, IMMEDIATE_SHUTDOWN)) {
            server.destroyForcibly();
            waitForExit(server, IMMEDIATE_SHUTDOWN);
        }
    }

    /** Sends a signal by the system's {@code kill}; where there is none, asks the process to terminate. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first lines of {@code postmaster.pid}: process id, data directory, start time (epoch seconds), port. */
    record Record(long pid, Path dataDirectory, long startedAt, int port) {

        static Optional<Record> read(Path pidFile) {
            try {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new Record(
                        Long.parseLong(lines.get(0).trim()),
                        Path.of(lines.get(1).trim()),
                        Long.parseLong(lines.get(2).trim()),
                        Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /**
         * Whether {@code process} is the server this record describes: the record is of {@code pgData} and the
         * process a {@code postgres} program started when the record says (a process id is reused after a reboot).
         * Empty when the system tells neither the program nor its start.
         */
        Optional<Boolean> isServer(ProcessHandle process, Path pgData) {
            if (!sameDirectory(pgData)) {
                return Optional.of(false);
            }
            ProcessHandle.Info info = process.info();
            Optional<Boolean> named =
                    info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"));
            Optional<Boolean> startedThen = info.startInstant().map(t -> Math.abs(t.getEpochSecond() - startedAt) <= 2);
            if (named.isEmpty() && startedThen.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(named.orElse(true) && startedThen.orElse(true));
        }

        private boolean sameDirectory(Path pgData) {
            try {
                return Files.isSameFile(dataDirectory, pgData);
            } catch (IOException e) {
                return dataDirectory
                        .toAbsolutePath()
                        .normalize()
                        .equals(pgData.toAbsolutePath().normalize());
            }
        }
    }
}
