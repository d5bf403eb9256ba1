package org.gsi.earlywarning.internal.events;

/** Builds one row in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyRow {

    private final StringBuilder out = new StringBuilder(2048);
    private boolean first = true;

    CopyRow text(String value) {
        separate();
        if (value == null) {
            out.append("\\N");
            return this;
        }
        int length = value.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            String escape = escape(value.charAt(i));
            if (escape != null) {
                out.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(value, from, length);
        return this;
    }

    CopyRow raw(String value) {
        separate();
        out.append(value == null ? "\\N" : value);
        return this;
    }

    /** Returns the row so far (no newline) and starts the next one. */
    String end() {
        String row = out.toString();
        out.setLength(0);
        first = true;
        return row;
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
        };
    }

    private void separate() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }
}
