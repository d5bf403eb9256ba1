package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;

/**
 * Builds one row in PostgreSQL's COPY text format, UTF-8 encoded: tab-separated, {@code \N} for null, backslash
 * escapes. The row is encoded into one reused buffer, so each row costs a single array of its exact size.
 */
final class CopyRow {

    private byte[] out = new byte[2048];
    private int size;
    private boolean first = true;

    CopyRow text(String value) {
        separate();
        if (value == null) {
            return nul();
        }
        int length = value.length();
        ensure(3 * length);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> out[size++] = (byte) c;
                }
            } else if (c < 0x800) {
                out[size++] = (byte) (0xC0 | c >> 6);
                out[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                out[size++] = (byte) (0xF0 | cp >> 18);
                out[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // an unpaired surrogate is no character: replaced as String.getBytes does
                out[size++] = '?';
            } else {
                out[size++] = (byte) (0xE0 | c >> 12);
                out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** A value that needs no escaping: ASCII digits, signs, dots and dashes (numbers and dates). */
    CopyRow raw(String value) {
        separate();
        if (value == null) {
            return nul();
        }
        int length = value.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            out[size++] = (byte) value.charAt(i);
        }
        return this;
    }

    /** Returns the row so far (no newline) and starts the next one. */
    byte[] end() {
        byte[] row = Arrays.copyOf(out, size);
        size = 0;
        first = true;
        return row;
    }

    private CopyRow nul() {
        ensure(2);
        out[size++] = '\\';
        out[size++] = 'N';
        return this;
    }

    private void escaped(char c) {
        out[size++] = '\\';
        out[size++] = (byte) c;
    }

    private void separate() {
        ensure(1);
        if (!first) {
            out[size++] = '\t';
        }
        first = false;
    }

    /** Room for {@code bytes} more bytes (a character takes at most three, or four for a surrogate pair's two). */
    private void ensure(int bytes) {
        if (size + bytes > out.length) {
            out = Arrays.copyOf(out, Math.max(2 * out.length, size + bytes));
        }
    }
}
