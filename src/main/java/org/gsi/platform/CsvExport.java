package org.gsi.platform;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of every CSV the platform hands out. A text cell that a spreadsheet would run as a formula, one
 * beginning with {@code = + - @}, a tab or a carriage return, is written with a leading apostrophe, so
 * {@code =HYPERLINK(…)} typed into a title reaches the reader as text. Numbers, and text that is only a number such
 * as {@code -12.5}, are written as they are.
 */
public final class CsvExport implements Closeable, Flushable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final CSVPrinter printer;

    private CsvExport(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    }

    /** A CSV writer on {@code out}, with the header row written first. */
    public static CsvExport to(Writer out, String... header) throws IOException {
        CsvExport csv = new CsvExport(out);
        if (header.length > 0) {
            csv.printRecord((Object[]) header);
        }
        return csv;
    }

    public void printRecord(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = safe(cells[i]);
        }
        printer.printRecord(safe);
    }

    public void printRecord(Iterable<?> cells) throws IOException {
        java.util.List<Object> all = new java.util.ArrayList<>();
        cells.forEach(all::add);
        printRecord(all.toArray());
    }

    /** The cell as a spreadsheet will take it for text: never as a formula. */
    static Object safe(Object cell) {
        if (!(cell instanceof CharSequence text) || text.isEmpty()) {
            return cell;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : cell;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
