package org.gsi.negotiation.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.negotiation.internal.diff.WordDiff.Change;
import org.gsi.negotiation.internal.diff.WordDiff.Op;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void marksInsertedAndDeletedWordsBetweenEqualOnes() {
        var changes = WordDiff.between(
                "States shall cooperate on border security.", "States should cooperate closely on border security.");

        assertThat(changes)
                .containsExactly(
                        new Change(Op.EQUAL, "States"),
                        new Change(Op.DELETED, "shall"),
                        new Change(Op.INSERTED, "should"),
                        new Change(Op.EQUAL, "cooperate"),
                        new Change(Op.INSERTED, "closely"),
                        new Change(Op.EQUAL, "on border security."));
        assertThat(WordDiff.marked(changes))
                .isEqualTo("States [-shall-] {+should+} cooperate {+closely+} on border security.");
    }

    @Test
    void identicalTextsHaveNoChangesWhateverTheirSpacing() {
        assertThat(WordDiff.isUnchanged(WordDiff.between("a  b c", "a b\nc"))).isTrue();
    }

    @Test
    void anEmptySideIsAllInsertedOrAllDeleted() {
        assertThat(WordDiff.between("", "new words")).containsExactly(new Change(Op.INSERTED, "new words"));
        assertThat(WordDiff.between("old words", "")).containsExactly(new Change(Op.DELETED, "old words"));
    }

    @Test
    void keepsTheLongestCommonRunOfWords() {
        var changes = WordDiff.between("a b c d e", "x b c d y");

        assertThat(WordDiff.marked(changes)).isEqualTo("[-a-] {+x+} b c d [-e-] {+y+}");
    }
}
