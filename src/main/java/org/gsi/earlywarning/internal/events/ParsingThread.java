package org.gsi.earlywarning.internal.events;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.earlywarning.internal.ingest.EventFileReader;
import org.gsi.earlywarning.internal.ingest.EventSink;
import org.gsi.earlywarning.internal.ingest.IngestSummary;

/**
 * Reads and prepares a file's rows on its own thread while the importing thread writes the previous ones to the
 * database. Rows travel in small batches through a bounded queue, so memory stays constant whatever the file size.
 */
final class ParsingThread implements EventSink {

    private static final int BATCH = 500;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
    private final RowPreparer preparer = new RowPreparer();
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile IngestSummary summary;
    private volatile RuntimeException failure;

    ParsingThread(EventFileReader reader, InputStream in, Optional<EventSource> format, String sourceVersion) {
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
        add(preparer.prepare(event));
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
