package org.gsi.earlywarning.internal.ingest;

/** One tab-separated line split in place: field boundaries are kept as offsets, fields become strings on demand. */
final class TabRow {

    private final int[] starts;
    private final int[] ends;
    private String line = "";
    private int count;

    TabRow(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
    }

    /** Splits the line; returns the number of fields (counting past capacity, without storing those). */
    int split(String text) {
        line = text;
        count = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\t') {
                if (count < starts.length) {
                    starts[count] = start;
                    ends[count] = i;
                }
                count++;
                start = i + 1;
            }
        }
        return count;
    }

    String line() {
        return line;
    }

    String field(int index) {
        return line.substring(starts[index], ends[index]);
    }

    boolean isEmpty(int index) {
        return starts[index] == ends[index];
    }

    /** Parses a field of ASCII digits without creating a string; -1 when it is empty or not all digits. */
    int digits(int index, int from, int to) {
        int start = starts[index] + from;
        int end = Math.min(ends[index], starts[index] + to);
        if (start >= end) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    int length(int index) {
        return ends[index] - starts[index];
    }
}
