package org.gsi.negotiation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.negotiation.internal.TextFixture.*;

import org.gsi.negotiation.AmendmentProposed;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmendmentTests {

    private NegotiatedText text;

    @BeforeEach
    void draft() {
        text = jointStatement(DecisionRule.consensus());
        text.drainEvents();
    }

    @Test
    void alternativesToTheSameSpanAreGroupedAsNumberedOptionsWithTheirProposers() {
        replaceSpan(text, CHINA, "border management");
        replaceSpan(text, KAZAKHSTAN, "border management");
        replaceSpan(text, BRAZIL, "border and maritime security");

        assertThat(compilation(text, OP1))
                .isEqualTo("States shall cooperate on [Option 1: border management (CHN, KAZ)]"
                        + " / [Option 2: border and maritime security (BRA)].");
    }

    @Test
    void aSingleInsertionIsBracketedWithItsProposer() {
        text.propose(ProposeAmendment.insert(CHINA, OP1, 0, OP1_TEXT.length() - 1, " and counter-terrorism"));

        assertThat(compilation(text, OP1))
                .isEqualTo("States shall cooperate on border security[ and counter-terrorism (CHN)].");
    }

    @Test
    void aProposedDeletionShowsTheTextItWouldRemove() {
        text.propose(ProposeAmendment.delete(BRAZIL, OP1, 0, SPAN_START - 1, SPAN_END));

        assertThat(compilation(text, OP1)).isEqualTo("States shall cooperate on[delete:  border security (BRA)].");
    }

    @Test
    void aDeletionAndAReplacementOfOneSpanBecomeTwoOptions() {
        replaceSpan(text, CHINA, "border management");
        text.propose(ProposeAmendment.delete(BRAZIL, OP1, text.paragraph(OP1).revision(), SPAN_START, SPAN_END));

        assertThat(compilation(text, OP1)).contains("[Option 1: border management (CHN)] / [Option 2: delete (BRA)]");
    }

    @Test
    void aSpanOutsideTheParagraphIsRefusedAndNothingChanges() {
        long version = text.version();

        assertThatThrownBy(() -> text.propose(ProposeAmendment.replace(CHINA, OP1, 0, 30, 400, "x")))
                .isInstanceOf(SpanOutsideParagraphException.class)
                .hasMessageContaining("OP1")
                .hasMessageContaining("42 characters");
        assertThatThrownBy(() -> text.propose(ProposeAmendment.insert(CHINA, OP1, 0, -1, "x")))
                .isInstanceOf(SpanOutsideParagraphException.class);
        assertThat(text.version()).isEqualTo(version);
        assertThat(text.paragraph(OP1).groups()).isEmpty();
        assertThat(text.drainEvents()).isEmpty();
    }

    @Test
    void aSpanOverlappingAnotherBracketIsRefused() {
        replaceSpan(text, CHINA, "border management");

        assertThatThrownBy(() -> text.propose(ProposeAmendment.replace(
                        BRAZIL, OP1, text.paragraph(OP1).revision(), SPAN_START + 7, OP1_TEXT.length(), "safety.")))
                .isInstanceOf(OverlappingAmendmentException.class)
                .hasMessageContaining("alternative to that same span");
    }

    @Test
    void anInsertionPointInsideAnotherBracketIsRefused() {
        replaceSpan(text, CHINA, "border management");

        assertThatThrownBy(() -> text.propose(
                        ProposeAmendment.insert(BRAZIL, OP1, text.paragraph(OP1).revision(), SPAN_START + 3, "x")))
                .isInstanceOf(OverlappingAmendmentException.class);
    }

    @Test
    void aReplacementMustChangeTheText() {
        assertThatThrownBy(() ->
                        text.propose(ProposeAmendment.replace(CHINA, OP1, 0, SPAN_START, SPAN_END, "border security")))
                .isInstanceOf(InvalidAmendmentException.class);
        assertThatThrownBy(() -> text.propose(ProposeAmendment.insert(CHINA, OP1, 0, 3, "  ")))
                .isInstanceOf(InvalidAmendmentException.class);
    }

    @Test
    void aSecondEditOnAStaleRevisionGetsAConflictShowingTheNewerText() {
        long readByBoth = text.paragraph(OP1).revision();
        text.propose(ProposeAmendment.replace(CHINA, OP1, readByBoth, SPAN_START, SPAN_END, "border management"));

        assertThatThrownBy(() -> text.propose(ProposeAmendment.delete(BRAZIL, OP1, readByBoth, SPAN_START, SPAN_END)))
                .isInstanceOfSatisfying(StaleParagraphException.class, e -> {
                    assertThat(e.currentRevision()).isEqualTo(readByBoth + 1);
                    assertThat(e.currentText()).contains("[border management (CHN)]");
                });
        assertThat(compilation(text, OP1)).doesNotContain("BRA");
    }

    @Test
    void onlyParticipantsProposeAmendments() {
        Delegate outsider = Delegate.focalPointOf(PartyCode.of("ETH"));

        assertThatThrownBy(() -> replaceSpan(text, outsider, "border management"))
                .isInstanceOf(NotAParticipantException.class)
                .hasMessageContaining("ETH");
    }

    @Test
    void proposingRecordsAnAmendmentProposedEvent() {
        OptionId option = replaceSpan(text, CHINA, "border management");

        assertThat(text.drainEvents()).singleElement().isInstanceOfSatisfying(AmendmentProposed.class, e -> {
            assertThat(e.option()).isEqualTo(option);
            assertThat(e.proposer()).isEqualTo(CHN);
        });
    }

    @Test
    void anOptionDisappearsWhenItsLastProposerWithdraws() {
        OptionId option = replaceSpan(text, CHINA, "border management");
        replaceSpan(text, KAZAKHSTAN, "border management");

        text.withdraw(CHINA, OP1, option);
        assertThat(compilation(text, OP1)).contains("[border management (KAZ)]");

        text.withdraw(KAZAKHSTAN, OP1, option);
        assertThat(compilation(text, OP1)).isEqualTo(OP1_TEXT);
    }

    @Test
    void aPartyCannotWithdrawAnotherPartysProposal() {
        OptionId option = replaceSpan(text, CHINA, "border management");

        assertThatThrownBy(() -> text.withdraw(BRAZIL, OP1, option)).isInstanceOf(InvalidAmendmentException.class);
    }

    @Test
    void aProposedParagraphStaysBracketedWithItsProposers() {
        ParagraphNumber op2 = ParagraphNumber.operative(2);
        text.propose(ProposeAmendment.addParagraph(BRAZIL, op2, "Welcome regional mechanisms."));
        text.propose(ProposeAmendment.addParagraph(CHINA, op2, "Welcome regional mechanisms."));

        assertThat(compilation(text, op2)).isEqualTo("[Welcome regional mechanisms. (BRA, CHN)]");
    }

    @Test
    void aSubParagraphNeedsItsParagraph() {
        assertThatThrownBy(() -> text.addParagraph(CHAIR, ParagraphNumber.parse("OP4(a)"), "text"))
                .isInstanceOf(UnknownParagraphException.class)
                .hasMessageContaining("OP4");
        text.addParagraph(CHAIR, ParagraphNumber.parse("OP1(a)"), "at land borders;");
        assertThat(text.paragraphs()).extracting(p -> p.number().label()).containsExactly("PP1", "OP1", "OP1(a)");
    }

    @Test
    void onlyTheFacilitatorDraftsParagraphs() {
        assertThatThrownBy(() -> text.addParagraph(CHINA, ParagraphNumber.operative(5), "text"))
                .isInstanceOf(NotTheFacilitatorException.class);
    }
}
