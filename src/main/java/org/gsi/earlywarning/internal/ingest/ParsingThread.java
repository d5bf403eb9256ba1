package org.gsi.earlywarning.internal.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;

/**
 * Reads and prepares a file's rows on its own thread while the importing thread writes the previous ones to the
 * database. Rows travel in small batches through a bounded queue, so memory stays constant whatever the file size
 * (but for the file's keys, kept compactly to tell a key that comes twice, naming both lines, and which events of
 * the period the file covers it holds).
 */
final class ParsingThread implements EventSink {

    private static final int BATCH = 500;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
    private final RowPreparer preparer;
    private final FileKeys keys = new FileKeys();
    private volatile LocalDate firstDate;
    private volatile LocalDate lastDate;
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile IngestSummary summary;
    private volatile RuntimeException failure;

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

    /** Starts reading and hands every row, in file order, to the store; returns what the reader saw. */
    IngestSummary drainInto(ChunkStore store) {
        thread.start();
        try {
            for (List<Object> rows = queue.take(); rows != END; rows = queue.take()) {
                for (Object row : rows) {
                    if (row instanceof StagedRow staged) {
                        store.accepted(staged);
                    } else if (row instanceof RowWarning warning) {
                        store.warned(warning);
                    } else {
                        store.rejected((RejectedRow) row);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException();
        } finally {
            thread.interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return summary;
    }

    @Override
    public void accepted(Event event) {
        throw new IllegalStateException("every parser tells the line of an accepted row");
    }

    @Override
    public void accepted(long line, Event event) {
        add(preparer.prepare(event));
        long earlier = keys.add(event.sourceId(), line);
        if (earlier > 0) {
            add(RowWarning.of(
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
        add(warning);
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
        add(row);
    }

    private void read(EventFileReader reader, InputStream in, Optional<EventSource> format, String sourceVersion) {
        try {
            summary = reader.read(in, format, sourceVersion, this);
            hand(batch);
            hand(END);
        } catch (ImportInterruptedException e) {
            // the importing thread gave up and reads no more
        } catch (RuntimeException e) {
            failure = e;
            queue.offer(END);
        }
    }

    private void add(Object row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Object> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException();
        }
    }

    /** The import stopped (the store failed, or the platform is stopping) while rows were still being read. */
    static final class ImportInterruptedException extends RuntimeException {
        ImportInterruptedException() {
            super("the import was interrupted");
        }
    }
}
