package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.internal.diff.WordDiff;

/** Compares two versions of a text paragraph by paragraph, words inserted and deleted marked. */
final class VersionComparison {

    private VersionComparison() {}

    enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /** Which text of each paragraph to compare. */
    enum Basis {
        COMPILATION,
        CLEAN
    }

    record ParagraphChange(ParagraphNumber paragraph, Change change, List<WordDiff.Change> words) {

        ParagraphChange {
            words = List.copyOf(words);
        }

        String marked() {
            return WordDiff.marked(words);
        }
    }

    static List<ParagraphChange> between(TextVersion older, TextVersion newer, Basis basis) {
        TreeSet<ParagraphNumber> numbers = new TreeSet<>();
        older.paragraphs().forEach(p -> numbers.add(p.number()));
        newer.paragraphs().forEach(p -> numbers.add(p.number()));
        List<ParagraphChange> changes = new ArrayList<>(numbers.size());
        for (ParagraphNumber number : numbers) {
            String before = older.paragraph(number).map(p -> textOf(p, basis)).orElse("");
            String after = newer.paragraph(number).map(p -> textOf(p, basis)).orElse("");
            List<WordDiff.Change> words = WordDiff.between(before, after);
            changes.add(new ParagraphChange(number, kindOf(older, newer, number, words), words));
        }
        return changes;
    }

    private static Change kindOf(
            TextVersion older, TextVersion newer, ParagraphNumber number, List<WordDiff.Change> words) {
        if (older.paragraph(number).isEmpty()) {
            return Change.ADDED;
        }
        if (newer.paragraph(number).isEmpty()) {
            return Change.REMOVED;
        }
        return WordDiff.isUnchanged(words) ? Change.UNCHANGED : Change.CHANGED;
    }

    private static String textOf(TextVersion.ParagraphSnapshot snapshot, Basis basis) {
        return basis == Basis.CLEAN ? snapshot.clean() : snapshot.compilation();
    }
}
