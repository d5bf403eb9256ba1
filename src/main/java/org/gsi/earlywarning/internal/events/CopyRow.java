package org.gsi.earlywarning.internal.events;

import java.io.IOException;
import java.io.Writer;

/** Writes one row in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyRow {

    private final Writer out;
    private boolean first = true;

    CopyRow(Writer out) {
        this.out = out;
    }

    CopyRow text(String value) throws IOException {
        separate();
        if (value == null) {
            out.write("\\N");
            return this;
        }
        int length = value.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.write(value, from, i - from);
                out.write(escape);
                from = i + 1;
            }
        }
        out.write(value, from, length - from);
        return this;
    }

    CopyRow number(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    CopyRow raw(String value) throws IOException {
        separate();
        out.write(value == null ? "\\N" : value);
        return this;
    }

    void end() throws IOException {
        out.write('\n');
        first = true;
    }

    private void separate() throws IOException {
        if (!first) {
            out.write('\t');
        }
        first = false;
    }
}
