package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How a command-line import shows its progress. On a terminal: one line redrawn four times a second, with a bar of
 * the share of the file read, the rows committed and the rate. Elsewhere (output sent to a file or a pipe): a line
 * per committed chunk, which reads well in a log.
 */
final class ImportProgressBar implements EventImportService.Progress, AutoCloseable {

    private static final int WIDTH = 30;
    private static final long TICK_MILLIS = 250;

    private final PrintStream out;
    private final boolean terminal;
    private final long startedAt = System.nanoTime();
    private volatile EventImporter.Counts latest = EventImporter.Counts.NONE;
    private volatile long total;
    private volatile LongSupplier read = () -> 0;
    private Thread ticker;

    ImportProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether standard output is a terminal (not a file or a pipe). */
    static boolean isTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void started(long totalBytes, LongSupplier bytesRead) {
        total = totalBytes;
        read = bytesRead;
        if (terminal) {
            ticker = new Thread(this::tick, "earlywarning-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    @Override
    public void chunk(EventImporter.Counts soFar) {
        latest = soFar;
        if (!terminal) {
            out.printf(
                    Locale.ROOT,
                    "%,d rows read: %,d imported, %,d updated, %,d unchanged, %,d rejected; %,d warnings%n",
                    soFar.read(),
                    soFar.imported(),
                    soFar.updated(),
                    soFar.unchanged(),
                    soFar.rejected(),
                    soFar.warnings());
        }
    }

    /** Stops redrawing; on a terminal the last drawing stays, ended by a line break. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.print(line() + System.lineSeparator());
            out.flush();
            ticker = null;
        }
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                out.print(line());
                out.flush();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            // the import is over
        }
    }

    /** The bar as drawn now, starting with a carriage return so that it overwrites the one before. */
    String line() {
        double share = total <= 0 ? 0 : Math.min(1.0, (double) read.getAsLong() / total);
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(1e-3, (System.nanoTime() - startedAt) / 1e9);
        EventImporter.Counts n = latest;
        return String.format(
                Locale.ROOT,
                "\r[%s%s] %3d%%  %,d rows  %,.0f rows/s  %,d rejected  %,d warnings ",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                Math.round(share * 100),
                n.read(),
                n.read() / seconds,
                n.rejected(),
                n.warnings());
    }
}
