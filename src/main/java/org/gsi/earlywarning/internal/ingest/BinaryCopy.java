package org.gsi.earlywarning.internal.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's binary COPY format: a header, then for each row its number of fields and each field
 * as its length (-1 for null) and its bytes in the type's binary form, then a trailer. The server reads such rows
 * without parsing text (no escapes, no dates, numbers or identifiers to read), and the rows are encoded without
 * formatting numbers: text with {@link String#getBytes}, numbers as they are held. The column types must be the
 * table's own.
 *
 * <p>A stream can also encode rows one at a time into arrays of their own ({@link #rowEncoder()}, {@link
 * #takeRow()}), to be written later into a stream ({@link #encodedRow}): a row held so is one array, not the dozens of
 * objects of the event it was made from.
 */
final class BinaryCopy {

    private static final byte[] HEADER = {
        'P',
        'G',
        'C',
        'O',
        'P',
        'Y',
        '\n',
        (byte) 0xFF,
        '\r',
        '\n',
        0, /* flags */
        0,
        0,
        0,
        0, /* extension */
        0,
        0,
        0,
        0
    };

    /** Days from 1970-01-01 (Java's epoch day 0) to 2000-01-01 (PostgreSQL's day 0). */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final int NUMERIC_POSITIVE = 0x0000;
    private static final int NUMERIC_NEGATIVE = 0x4000;

    /** Where the buffer goes when full; null for a row encoder, whose buffer grows instead. */
    private final OutputStream out;

    private byte[] buffer = new byte[1 << 16];
    private final short[] digits = new short[6];
    private int size;

    /** Starts the stream with the format's header. */
    BinaryCopy(OutputStream out) throws IOException {
        this.out = out;
        bytes(HEADER, 0, HEADER.length);
    }

    private BinaryCopy() {
        this.out = null;
        this.buffer = new byte[1 << 12];
    }

    /** An encoder of single rows: no header, and each row taken as an array of its own by {@link #takeRow()}. */
    static BinaryCopy rowEncoder() {
        return new BinaryCopy();
    }

    /** The row encoded since the last call (its field count and fields), as an array of its own. */
    byte[] takeRow() {
        byte[] row = Arrays.copyOf(buffer, size);
        size = 0;
        return row;
    }

    /** Keeps the row encoded since the last call in {@code blocks}, without an array of its own; returns its place. */
    long keepRowIn(RowBlocks blocks) {
        long position = blocks.append(buffer, 0, size);
        size = 0;
        return position;
    }

    /** Forgets the row encoded since the last call. */
    void discardRow() {
        size = 0;
    }

    /** A row encoded by a {@link #rowEncoder()}, written as it is. */
    BinaryCopy encodedRow(byte[] row) throws IOException {
        return encodedRow(row, 0, row.length);
    }

    /** A row encoded by a {@link #rowEncoder()}, written as it is from {@code length} bytes of {@code b}. */
    BinaryCopy encodedRow(byte[] b, int from, int length) throws IOException {
        bytes(b, from, length);
        return this;
    }

    /** Starts a row of {@code fields} fields. */
    BinaryCopy row(int fields) throws IOException {
        room(2);
        int16(fields);
        return this;
    }

    /** A {@code text} (or {@code char(n)}) value, UTF-8 encoded as {@link String#getBytes} encodes it; null allowed. */
    BinaryCopy text(String value) throws IOException {
        if (value == null) {
            return nul();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(4);
        int32(utf8.length);
        bytes(utf8, 0, utf8.length);
        return this;
    }

    /** A {@code date}. */
    BinaryCopy date(LocalDate value) throws IOException {
        room(8);
        int32(4);
        int32((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** A {@code smallint}. */
    BinaryCopy int2(int value) throws IOException {
        room(6);
        int32(2);
        int16(value);
        return this;
    }

    /** An {@code integer}; null allowed. */
    BinaryCopy int4(Integer value) throws IOException {
        if (value == null) {
            return nul();
        }
        room(8);
        int32(4);
        int32(value);
        return this;
    }

    /** A {@code double precision}. */
    BinaryCopy float8(double value) throws IOException {
        room(12);
        int32(8);
        long bits = Double.doubleToLongBits(value);
        int32((int) (bits >>> 32));
        int32((int) bits);
        return this;
    }

    /**
     * A {@code numeric} of one decimal, given in tenths ({@code -25} is -2.5): base-10,000 digits, the integer part's
     * first, then the tenths as the first fractional digit (×1,000), trailing zero digits left out.
     */
    BinaryCopy numericTenths(long tenths) throws IOException {
        long magnitude = Math.abs(tenths);
        long whole = magnitude / 10;
        int tenth = (int) (magnitude % 10);
        int wholeDigits = 0;
        for (long w = whole; w > 0; w /= 10_000) {
            wholeDigits++;
        }
        long w = whole;
        for (int i = wholeDigits - 1; i >= 0; i--) {
            digits[i] = (short) (w % 10_000);
            w /= 10_000;
        }
        int count = wholeDigits;
        if (tenth != 0) {
            digits[count++] = (short) (tenth * 1_000);
        }
        while (count > 0 && digits[count - 1] == 0) {
            count--;
        }
        int weight = wholeDigits == 0 ? -1 : wholeDigits - 1;
        room(12 + 2 * count);
        int32(8 + 2 * count);
        int16(count);
        int16(count == 0 ? 0 : weight);
        int16(tenths < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        int16(1);
        for (int i = 0; i < count; i++) {
            int16(digits[i]);
        }
        return this;
    }

    /** A {@code uuid}. */
    BinaryCopy uuid(UUID value) throws IOException {
        room(20);
        int32(16);
        long high = value.getMostSignificantBits();
        long low = value.getLeastSignificantBits();
        int32((int) (high >>> 32));
        int32((int) high);
        int32((int) (low >>> 32));
        int32((int) low);
        return this;
    }

    BinaryCopy nul() throws IOException {
        room(4);
        int32(-1);
        return this;
    }

    /** Ends the stream with the format's trailer and hands on what is buffered. */
    void finish() throws IOException {
        room(2);
        int16(-1);
        flush();
    }

    private void int16(int value) {
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void int32(int value) {
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void bytes(byte[] b, int from, int length) throws IOException {
        if (out == null) {
            room(length);
        } else if (length > buffer.length - size) {
            flush();
            if (length > buffer.length) {
                out.write(b, from, length);
                return;
            }
        }
        System.arraycopy(b, from, buffer, size, length);
        size += length;
    }

    /**
     * Room for {@code bytes} more bytes in the buffer: a stream hands the buffer on (then a few dozen bytes always
     * fit: fixed-size fields and lengths), a row encoder grows it.
     */
    private void room(int bytes) throws IOException {
        if (size + bytes > buffer.length) {
            if (out == null) {
                buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + bytes));
            } else {
                flush();
            }
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }
}
