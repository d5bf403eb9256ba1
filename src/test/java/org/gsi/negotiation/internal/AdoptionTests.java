package org.gsi.negotiation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.negotiation.internal.TextFixture.*;

import java.time.Instant;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.TextAdopted;
import org.gsi.negotiation.TextStatus;
import org.junit.jupiter.api.Test;

class AdoptionTests {

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");
    private final NegotiatedText text = jointStatement(DecisionRule.consensus());

    private void agreeEverything() {
        allSupport(text, PP1);
        state(text, CHINA, OP1, Stance.ENDORSE);
        state(text, KAZAKHSTAN, OP1, Stance.RESERVATION);
        state(text, BRAZIL, OP1, Stance.SUPPORT);
    }

    @Test
    void aTextIsNotAdoptableWhileAParagraphIsOpen() {
        allSupport(text, PP1);

        assertThatThrownBy(() -> text.adopt(CHAIR, "", NOON))
                .isInstanceOf(TextNotAdoptableException.class)
                .hasMessageContaining("still open: OP1");
        assertThat(text.status()).isEqualTo(TextStatus.DRAFTING);
    }

    @Test
    void adoptionRecordsTheDecisionTheRuleAndEveryPartysFinalPositionWithReservations() {
        agreeEverything();

        Adoption adoption = text.adopt(CHAIR, "Adopted at the second session", NOON);

        assertThat(adoption.decision()).isEqualTo("Adopted at the second session");
        assertThat(adoption.rule()).isEqualTo(DecisionRule.consensus());
        assertThat(adoption.positions()).hasSize(6);
        assertThat(adoption.reservations()).singleElement().satisfies(r -> {
            assertThat(r.paragraph()).isEqualTo(OP1);
            assertThat(r.position().reasonText()).isEqualTo("reason of KAZ");
        });
        assertThat(text.drainEvents()).last().isInstanceOfSatisfying(TextAdopted.class, e -> {
            assertThat(e.reservations()).isEqualTo(1);
            assertThat(e.adoptedAt()).isEqualTo(NOON);
        });
    }

    @Test
    void adoptionAppliesTheAgreedOptionsLeftInBrackets() {
        OptionId option = replaceSpan(text, CHINA, "border management");
        agreeEverything();
        stateOnOption(text, CHINA, option, Stance.SUPPORT);
        stateOnOption(text, KAZAKHSTAN, option, Stance.SUPPORT);
        stateOnOption(text, BRAZIL, option, Stance.SUPPORT);

        text.adopt(CHAIR, "", NOON);

        assertThat(compilation(text, OP1)).isEqualTo("States shall cooperate on border management.");
        assertThat(text.adoption().orElseThrow().decision()).isEqualTo("Adopted by consensus");
    }

    @Test
    void reservationsStayAttachedToTheAdoptedText() {
        agreeEverything();
        text.adopt(CHAIR, "", NOON);

        RenderedText clean = CompilationRenderer.render(text, RenderedText.Mode.CLEAN);

        assertThat(clean.adopted()).isTrue();
        assertThat(clean.reservations())
                .singleElement()
                .satisfies(r -> assertThat(r.party()).isEqualTo(KAZ));
        assertThat(PlainTextFormat.format(clean)).endsWith("Reservations\nKAZ on OP1: reason of KAZ\n");
    }

    @Test
    void anAdoptedTextRefusesEveryEdit() {
        agreeEverything();
        text.adopt(CHAIR, "", NOON);
        long version = text.version();

        assertThatThrownBy(() -> state(text, BRAZIL, OP1, Stance.CANNOT_ACCEPT))
                .isInstanceOf(TextAlreadyAdoptedException.class)
                .hasMessageContaining("Joint statement");
        assertThatThrownBy(() -> replaceSpan(text, CHINA, "x")).isInstanceOf(TextAlreadyAdoptedException.class);
        assertThatThrownBy(() -> text.addParagraph(CHAIR, ParagraphNumber.operative(9), "x"))
                .isInstanceOf(TextAlreadyAdoptedException.class);
        assertThatThrownBy(() -> text.adopt(CHAIR, "", NOON)).isInstanceOf(TextAlreadyAdoptedException.class);
        assertThat(text.version()).isEqualTo(version);
    }

    @Test
    void onlyTheFacilitatorAdopts() {
        agreeEverything();

        assertThatThrownBy(() -> text.adopt(CHINA, "", NOON)).isInstanceOf(NotTheFacilitatorException.class);
    }
}
