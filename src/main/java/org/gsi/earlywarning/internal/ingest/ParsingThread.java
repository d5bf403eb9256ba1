package org.gsi.earlywarning.internal.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;

/**
 * Reads, prepares and gathers a file's rows into chunks on its own thread, while the store's writers write the chunks
 * before (see {@link ChunkStore}). Each row goes into its chunk as soon as it is prepared, so no row waits in a queue
 * as an object of its own; memory stays constant whatever the file size (but for the file's keys, kept compactly to
 * tell a key that comes twice, naming both lines, and which events of the period the file covers it holds).
 */
final class ParsingThread implements EventSink {

    private final RowPreparer preparer;
    private final FileKeys keys = new FileKeys();
    private volatile LocalDate firstDate;
    private volatile LocalDate lastDate;
    private final Thread thread;
    private ChunkStore store;
    private volatile IngestSummary summary;
    private volatile Throwable failure;

    ParsingThread(
            EventFileReader reader,
            InputStream in,
            Optional<EventSource> format,
            String sourceVersion,
            RowPreparer preparer) {
        this.preparer = preparer;
        thread = new Thread(() -> read(reader, in, format, sourceVersion), "earlywarning-parse");
        thread.setDaemon(true);
    }

    /**
     * Reads the file and hands every row, in file order, to the store, on the reading thread; returns what the reader
     * saw. Interrupted, the importing thread stops the reading thread and waits until it has let go of the store.
     */
    IngestSummary drainInto(ChunkStore store) {
        this.store = store;
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            boolean joined = false;
            while (!joined) {
                try {
                    thread.join();
                    joined = true;
                } catch (InterruptedException again) {
                    // the store must not be closed while the reading thread still writes to it
                }
            }
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return summary;
    }

    @Override
    public void accepted(Event event) {
        throw new IllegalStateException("every parser tells the line of an accepted row");
    }

    @Override
    public void accepted(long line, Event event) {
        stopIfInterrupted();
        store.accepted(preparer.prepare(event), preparer);
        long earlier = keys.add(event.sourceId(), line);
        if (earlier > 0) {
            store.warned(RowWarning.of(
                    line, keyField(event.source()), RowWarning.Kind.DUPLICATE_KEY, event.sourceId(), earlier));
        }
        if (firstDate == null || event.date().isBefore(firstDate)) {
            firstDate = event.date();
        }
        if (lastDate == null || event.date().isAfter(lastDate)) {
            lastDate = event.date();
        }
    }

    @Override
    public void warned(RowWarning warning) {
        store.warned(warning);
    }

    /** The file's keys, once every row is handed over. */
    FileKeys keys() {
        return keys;
    }

    /** The dates of the file's first and last events, once every row is handed over; empty without events. */
    Optional<Period> period() {
        return firstDate == null ? Optional.empty() : Optional.of(new Period(firstDate, lastDate));
    }

    /** The days from the file's earliest event to its latest, both included. */
    record Period(LocalDate first, LocalDate last) {}

    private static String keyField(EventSource source) {
        return switch (source) {
            case UCDP_GED -> "id";
            case ACLED -> "event_id_cnty";
            case GDELT1, GDELT2 -> "GLOBALEVENTID";
            case INCIDENTS -> "report_id";
        };
    }

    @Override
    public void rejected(RejectedRow row) {
        stopIfInterrupted();
        store.rejected(row);
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportInterruptedException();
        }
    }

    private void read(EventFileReader reader, InputStream in, Optional<EventSource> format, String sourceVersion) {
        try {
            summary = reader.read(in, format, sourceVersion, this);
        } catch (ImportInterruptedException e) {
            // the importing thread gave up and reads no more
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** The import stopped (the store failed, or the platform is stopping) while rows were still being read. */
    static final class ImportInterruptedException extends RuntimeException {
        ImportInterruptedException() {
            super("the import was interrupted");
        }
    }
}
