package org.gsi.negotiation.internal;

/** A character range [start, end) of a paragraph's text; empty for an insertion point. */
record Span(int start, int end) implements Comparable<Span> {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span runs forward from 0: " + start + ".." + end);
        }
    }

    static Span at(int offset) {
        return new Span(offset, offset);
    }

    boolean isEmpty() {
        return start == end;
    }

    boolean fitsIn(String text) {
        return end <= text.length();
    }

    /** Two different spans overlap when they share a character, or an insertion point falls strictly inside. */
    boolean overlaps(Span other) {
        if (equals(other)) {
            return false;
        }
        if (isEmpty() && other.isEmpty()) {
            return false;
        }
        if (isEmpty()) {
            return other.start < start && start < other.end;
        }
        if (other.isEmpty()) {
            return start < other.start && other.start < end;
        }
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
