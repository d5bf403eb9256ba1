package org.gsi.negotiation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.negotiation.internal.TextFixture.*;

import java.time.Instant;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.Bracket;
import org.gsi.negotiation.RenderedText.Mode;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.internal.VersionComparison.Basis;
import org.gsi.negotiation.internal.VersionComparison.Change;
import org.junit.jupiter.api.Test;

class ReadingsAndRenderingTests {

    private static final Instant FIRST = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-05-08T09:00:00Z");
    private final NegotiatedText text = jointStatement(DecisionRule.consensus());

    @Test
    void aFrozenReadingDoesNotChangeWhenTheTextMovesOn() {
        TextVersion first = text.freezeReading(CHAIR, "First reading", FIRST);
        replaceSpan(text, CHINA, "border management");

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.paragraph(OP1).orElseThrow().compilation()).isEqualTo(OP1_TEXT);
        assertThat(text.readings()).containsExactly(first);
    }

    @Test
    void comparingTwoReadingsMarksInsertedAndDeletedWordsParagraphByParagraph() {
        TextVersion first = text.freezeReading(CHAIR, "First reading", FIRST);
        replaceSpan(text, CHINA, "border management");
        text.addParagraph(CHAIR, ParagraphNumber.operative(2), "Decide to meet again.");
        TextVersion second = text.freezeReading(CHAIR, "Second reading", SECOND);

        var changes = VersionComparison.between(first, second, Basis.COMPILATION);

        assertThat(changes)
                .extracting(VersionComparison.ParagraphChange::change)
                .containsExactly(Change.UNCHANGED, Change.CHANGED, Change.ADDED);
        assertThat(changes.get(1).marked())
                .isEqualTo("States shall cooperate on [-border security.-] {+[border management (CHN)].+}");
    }

    @Test
    void comparingCleanTextsIgnoresBracketsNotYetAgreed() {
        TextVersion first = text.freezeReading(CHAIR, "First reading", FIRST);
        replaceSpan(text, CHINA, "border management");

        var changes = VersionComparison.between(first, text.current(SECOND), Basis.CLEAN);

        assertThat(changes)
                .extracting(VersionComparison.ParagraphChange::change)
                .containsOnly(Change.UNCHANGED);
    }

    @Test
    void onlyTheFacilitatorFreezesAReading() {
        assertThatThrownBy(() -> text.freezeReading(BRAZIL, "x", FIRST)).isInstanceOf(NotTheFacilitatorException.class);
    }

    @Test
    void theCompilationModelKeepsTheOriginalTextAndEachOptionsProposersForExporters() {
        replaceSpan(text, CHINA, "border management");
        replaceSpan(text, BRAZIL, "border and maritime security");

        RenderedText compilation = CompilationRenderer.render(text, Mode.COMPILATION);

        assertThat(compilation.preamble()).hasSize(1);
        Bracket bracket = (Bracket) compilation.operative().get(0).segments().get(1);
        assertThat(bracket.original()).isEqualTo("border security");
        assertThat(bracket.options())
                .extracting(o -> o.proposers().get(0).value())
                .containsExactly("CHN", "BRA");
    }

    @Test
    void theCleanTextLeavesOutBracketsAndProposedParagraphsNotYetAgreed() {
        replaceSpan(text, CHINA, "border management");
        text.propose(ProposeAmendment.addParagraph(BRAZIL, ParagraphNumber.operative(2), "Welcome mechanisms."));

        String clean = PlainTextFormat.format(CompilationRenderer.render(text, Mode.CLEAN));
        String compilation = PlainTextFormat.format(CompilationRenderer.render(text, Mode.COMPILATION));

        assertThat(clean)
                .isEqualTo("Joint statement\n\nPP1. Recalling the Charter of the United Nations,\n"
                        + "OP1. States shall cooperate on border security.\n");
        assertThat(compilation)
                .contains("OP1. States shall cooperate on [border management (CHN)].")
                .contains("OP2. [Welcome mechanisms. (BRA)]");
    }

    @Test
    void theCleanTextOfAnAgreedParagraphShowsTheSelectedOptionBeforeCleaning() {
        OptionId option = replaceSpan(text, CHINA, "border management");
        allSupport(text, OP1);
        stateOnOption(text, CHINA, option, Stance.SUPPORT);
        stateOnOption(text, KAZAKHSTAN, option, Stance.SUPPORT);
        stateOnOption(text, BRAZIL, option, Stance.RESERVATION);

        RenderedText clean = CompilationRenderer.render(text, Mode.CLEAN);

        assertThat(PlainTextFormat.format(clean)).contains("OP1. States shall cooperate on border management.");
    }

    @Test
    void subParagraphsAreIndentedOneLevel() {
        text.addParagraph(CHAIR, ParagraphNumber.parse("OP1(a)"), "at land borders;");

        RenderedText clean = CompilationRenderer.render(text, Mode.CLEAN);

        assertThat(clean.operative())
                .extracting(RenderedText.RenderedParagraph::level)
                .containsExactly(0, 1);
        assertThat(PlainTextFormat.format(clean)).contains("\n    OP1(a). at land borders;");
    }
}
