package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.Event;

/**
 * Streams the records of a comma-separated file one at a time, with the physical line on which each record starts
 * (a quoted field may span several lines). Nothing is held beyond the current record.
 */
final class CsvRows {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvRows() {}

    /** Calls {@code row} with (start line, record) for every record, in order. */
    static void forEach(Reader reader, BiConsumer<Long, CSVRecord> row) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long startLine = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return;
                }
                CSVRecord record = records.next();
                if (!isBlank(record)) {
                    row.accept(startLine, record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw new MalformedFileException("the CSV structure is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Passes the event made from one record to the sink with the warnings noted while making it, or the record's
     * rejection with its line.
     */
    static void deliver(EventSink sink, long line, RowNotes notes, Supplier<Event> event) {
        notes.start(line);
        Event made;
        try {
            made = event.get();
        } catch (RowRejectedException e) {
            sink.rejected(e.at(line));
            return;
        }
        sink.accepted(line, made);
        notes.deliverTo(sink);
    }

    /** The record written back as one CSV text, kept as the event's raw row. */
    static String text(CSVRecord record) {
        return FORMAT.format((Object[]) record.values());
    }

    static String text(List<String> values) {
        return FORMAT.format(values.toArray());
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
