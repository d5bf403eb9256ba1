package org.gsi.negotiation.internal.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts by longest common subsequence. Words are runs of
 * non-space characters; the result lists equal, inserted and deleted runs of words in order.
 */
public final class WordDiff {

    /** Above this many cells the table is not built and the middle is reported as replaced. */
    private static final long MAX_CELLS = 16_000_000L;

    private WordDiff() {}

    public enum Op {
        EQUAL,
        INSERTED,
        DELETED
    }

    /** A run of words that is equal in both texts, only in the newer, or only in the older. */
    public record Change(Op op, String text) {}

    public static List<Change> between(String older, String newer) {
        String[] a = words(older);
        String[] b = words(newer);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix
                && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        Builder out = new Builder();
        for (int i = 0; i < prefix; i++) {
            out.add(Op.EQUAL, a[i]);
        }
        middle(a, b, prefix, a.length - suffix, b.length - suffix, out);
        for (int i = a.length - suffix; i < a.length; i++) {
            out.add(Op.EQUAL, a[i]);
        }
        return out.changes;
    }

    private static void middle(String[] a, String[] b, int from, int aEnd, int bEnd, Builder out) {
        int n = aEnd - from;
        int m = bEnd - from;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = from; i < aEnd; i++) {
                out.add(Op.DELETED, a[i]);
            }
            for (int j = from; j < bEnd; j++) {
                out.add(Op.INSERTED, b[j]);
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[from + i].equals(b[from + j])
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[from + i].equals(b[from + j])) {
                out.add(Op.EQUAL, a[from + i++]);
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(Op.DELETED, a[from + i++]);
            } else {
                out.add(Op.INSERTED, b[from + j++]);
            }
        }
    }

    /** Marks the changes inline: deletions as [-words-], insertions as {+words+}. */
    public static String marked(List<Change> changes) {
        List<String> parts = new ArrayList<>(changes.size());
        for (Change change : changes) {
            parts.add(
                    switch (change.op()) {
                        case EQUAL -> change.text();
                        case DELETED -> "[-" + change.text() + "-]";
                        case INSERTED -> "{+" + change.text() + "+}";
                    });
        }
        return String.join(" ", parts);
    }

    public static boolean isUnchanged(List<Change> changes) {
        return changes.stream().allMatch(c -> c.op() == Op.EQUAL);
    }

    private static String[] words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static final class Builder {
        private final List<Change> changes = new ArrayList<>();

        void add(Op op, String word) {
            int last = changes.size() - 1;
            if (last >= 0 && changes.get(last).op() == op) {
                changes.set(last, new Change(op, changes.get(last).text() + " " + word));
            } else {
                changes.add(new Change(op, word));
            }
        }
    }
}
