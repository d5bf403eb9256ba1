package org.gsi.negotiation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.negotiation.internal.TextFixture.*;

import java.util.ArrayList;
import java.util.List;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.TextId;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class ComfortMapTests {

    @Test
    void showsEachPartysStanceOnEachParagraphWithCounts() {
        NegotiatedText text = jointStatement(DecisionRule.consensus());
        state(text, CHINA, OP1, Stance.ENDORSE);
        state(text, BRAZIL, OP1, Stance.CANNOT_ACCEPT);
        state(text, KAZAKHSTAN, PP1, Stance.RESERVATION);

        ComfortMap map = ComfortMap.of(text);

        assertThat(map.stanceOf(CHN, OP1)).contains(Stance.ENDORSE);
        assertThat(map.stanceOf(KAZ, OP1)).isEmpty();
        assertThat(map.tallyOf(OP1).cannotAccept()).isEqualTo(1);
        assertThat(map.tallyOf(OP1).notStated()).isEqualTo(1);
        assertThat(map.totals()).containsEntry(Stance.RESERVATION, 1).containsEntry(Stance.SUPPORT, 0);
        assertThat(map.notStated()).isEqualTo(3);
    }

    @Test
    void pointsTheFacilitatorToTheParagraphWithObjectionsFirst() {
        NegotiatedText text = jointStatement(DecisionRule.consensus());
        text.addParagraph(CHAIR, ParagraphNumber.operative(2), "Decide to meet again.");
        allSupport(text, ParagraphNumber.operative(2));
        state(text, KAZAKHSTAN, PP1, Stance.RESERVATION);
        state(text, BRAZIL, OP1, Stance.CANNOT_ACCEPT);

        ComfortMap map = ComfortMap.of(text);

        assertThat(map.whereToWorkNext()).containsExactly(OP1, PP1);
        assertThat(map.agreedCount()).isEqualTo(1);
    }

    @Test
    void coversALargeTextWithManyPartiesAndOptions() {
        List<PartyCode> parties = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            parties.add(PartyCode.of("party-" + i));
        }
        PartyCode chair = PartyCode.of("un");
        NegotiatedText text = NegotiatedText.draft(TextId.random(), "Large", DecisionRule.consensus(), parties, chair);
        for (int p = 1; p <= 300; p++) {
            ParagraphNumber number = ParagraphNumber.operative(p);
            text.addParagraph(Delegate.focalPointOf(chair), number, "Paragraph number " + p + " on cooperation.");
            for (int o = 0; o < (p <= 50 ? 5 : 0); o++) {
                OptionId option = text.propose(ProposeAmendment.replace(
                        Delegate.focalPointOf(parties.get(o)), number, o, 0, 9, "Variant " + o));
                text.statePosition(StatePosition.onOption(
                        Delegate.focalPointOf(parties.get(o)), number, option, Stance.SUPPORT, ""));
            }
            for (int i = 0; i < parties.size(); i++) {
                Stance stance = p % 7 == 0 && i == 3 ? Stance.CANNOT_ACCEPT : Stance.CAN_LIVE_WITH;
                text.statePosition(
                        StatePosition.onParagraph(Delegate.focalPointOf(parties.get(i)), number, stance, "why"));
            }
        }

        ComfortMap map = ComfortMap.of(text);

        assertThat(map.paragraphs()).hasSize(300);
        assertThat(map.totals().get(Stance.CANNOT_ACCEPT)).isEqualTo(300 / 7);
        assertThat(map.totals().get(Stance.CAN_LIVE_WITH)).isEqualTo(300 * 60 - 300 / 7);
        assertThat(map.agreedCount()).isEqualTo(300 - 50 - (300 / 7 - 50 / 7));
        assertThat(map.whereToWorkNext().get(0)).isEqualTo(ParagraphNumber.operative(7));
    }
}
