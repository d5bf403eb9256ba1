package org.gsi.negotiation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.negotiation.internal.TextFixture.*;

import java.util.Optional;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphAgreed;
import org.gsi.negotiation.ParagraphReopened;
import org.gsi.negotiation.PositionStated;
import org.gsi.negotiation.Stance;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class PositionAndAgreementTests {

    private final NegotiatedText text = jointStatement(DecisionRule.consensus());

    @Test
    void aPartyHasOneVoiceAndRestatingReplacesItsPosition() {
        state(text, CHINA, OP1, Stance.CANNOT_ACCEPT);
        state(text, CHINA, OP1, Stance.SUPPORT);

        assertThat(text.statusOf(OP1).tally().stated()).isEqualTo(1);
        assertThat(text.statusOf(OP1).tally().support()).isEqualTo(1);
    }

    @Test
    void positionsFromNonParticipantsAreRefused() {
        Delegate ethiopia = Delegate.focalPointOf(PartyCode.of("ETH"));

        assertThatThrownBy(() -> state(text, ethiopia, OP1, Stance.SUPPORT))
                .isInstanceOf(NotAParticipantException.class);
    }

    @Test
    void nobodyStatesAPositionForAnotherParty() {
        StatePosition forBrazil = new StatePosition(CHINA, BRA, OP1, Optional.empty(), Stance.SUPPORT, "");

        assertThatThrownBy(() -> text.statePosition(forBrazil))
                .isInstanceOf(NotOwnFocalPointException.class)
                .hasMessageContaining("CHN cannot state a position or vote for BRA");
        assertThat(text.statusOf(OP1).tally().stated()).isZero();
    }

    @Test
    void onlyThePartysFocalPointStatesItsPosition() {
        assertThatThrownBy(() -> state(text, Delegate.staffOf(CHN), OP1, Stance.SUPPORT))
                .isInstanceOf(NotOwnFocalPointException.class)
                .hasMessageContaining("focal point of CHN");
    }

    @Test
    void aReservationWithoutItsTextIsRefused() {
        assertThatThrownBy(
                        () -> text.statePosition(StatePosition.onParagraph(KAZAKHSTAN, OP1, Stance.RESERVATION, " ")))
                .isInstanceOf(ReasonRequiredException.class)
                .hasMessageContaining("“reservation” must give its reason");
    }

    @Test
    void aParagraphIsAgreedAdReferendumOnceEveryParticipantHasStatedWithoutObjection() {
        state(text, CHINA, OP1, Stance.ENDORSE);
        state(text, KAZAKHSTAN, OP1, Stance.RESERVATION);
        assertThat(text.statusOf(OP1).agreed()).isFalse();

        state(text, BRAZIL, OP1, Stance.CAN_LIVE_WITH);

        assertThat(text.statusOf(OP1).agreed()).isTrue();
        assertThat(text.drainEvents())
                .filteredOn(ParagraphAgreed.class::isInstance)
                .hasSize(1);
    }

    @Test
    void anObjectionAfterAgreementReopensTheParagraph() {
        allSupport(text, OP1);
        text.drainEvents();

        state(text, BRAZIL, OP1, Stance.CANNOT_ACCEPT);

        assertThat(text.statusOf(OP1).agreed()).isFalse();
        assertThat(text.drainEvents()).hasSize(2).first().isInstanceOf(PositionStated.class);
    }

    @Test
    void underConsensusMinusOneASingleObjectionDoesNotBlock() {
        NegotiatedText cm1 = jointStatement(DecisionRule.consensusMinusOne());
        state(cm1, CHINA, OP1, Stance.SUPPORT);
        state(cm1, KAZAKHSTAN, OP1, Stance.SUPPORT);
        state(cm1, BRAZIL, OP1, Stance.CANNOT_ACCEPT);

        assertThat(cm1.statusOf(OP1).agreed()).isTrue();
    }

    @Test
    void aParagraphWithAnOpenBracketIsNotAgreedEvenIfEveryoneSupportsIt() {
        replaceSpan(text, CHINA, "border management");
        allSupport(text, OP1);

        assertThat(text.statusOf(OP1).agreed()).isFalse();
        assertThat(text.statusOf(OP1).openBrackets()).isEqualTo(1);
        assertThatThrownBy(() -> text.cleanBrackets(CHAIR, OP1)).isInstanceOf(ParagraphNotAgreedException.class);
    }

    @Test
    void theFacilitatorCleansAnAgreedParagraphByApplyingTheSelectedOption() {
        OptionId management = replaceSpan(text, CHINA, "border management");
        OptionId maritime = replaceSpan(text, BRAZIL, "border and maritime security");
        allSupport(text, OP1);
        stateOnOption(text, CHINA, management, Stance.ENDORSE);
        stateOnOption(text, KAZAKHSTAN, management, Stance.SUPPORT);
        stateOnOption(text, BRAZIL, management, Stance.CAN_LIVE_WITH);
        stateOnOption(text, CHINA, maritime, Stance.CANNOT_ACCEPT);

        assertThat(text.statusOf(OP1).agreed()).isTrue();
        text.cleanBrackets(CHAIR, OP1);

        assertThat(compilation(text, OP1)).isEqualTo("States shall cooperate on border management.");
        assertThat(text.statusOf(OP1).agreed()).isTrue();
    }

    @Test
    void twoOptionsEquallyAcceptableLeaveTheBracketOpen() {
        OptionId first = replaceSpan(text, CHINA, "border management");
        OptionId second = replaceSpan(text, BRAZIL, "border and maritime security");
        allSupport(text, OP1);
        for (Delegate actor : new Delegate[] {CHINA, KAZAKHSTAN, BRAZIL}) {
            stateOnOption(text, actor, first, Stance.SUPPORT);
            stateOnOption(text, actor, second, Stance.SUPPORT);
        }

        assertThat(text.statusOf(OP1).agreed()).isFalse();

        stateOnOption(text, BRAZIL, second, Stance.ENDORSE);
        assertThat(text.statusOf(OP1).chosen()).containsExactly(Optional.of(second));
    }

    @Test
    void onlyTheFacilitatorCleansBrackets() {
        allSupport(text, OP1);

        assertThatThrownBy(() -> text.cleanBrackets(CHINA, OP1))
                .isInstanceOf(NotTheFacilitatorException.class)
                .hasMessageContaining("clean brackets");
    }

    @Test
    void aPositionOnAnUnknownOptionIsRefused() {
        assertThatThrownBy(() -> stateOnOption(text, CHINA, OptionId.random(), Stance.SUPPORT))
                .isInstanceOf(UnknownOptionException.class);
    }

    @Test
    void unanimityIsNotMetByAPartyThatCanOnlyLiveWithIt() {
        NegotiatedText unanimous = jointStatement(DecisionRule.unanimity());
        state(unanimous, CHINA, OP1, Stance.ENDORSE);
        state(unanimous, KAZAKHSTAN, OP1, Stance.SUPPORT);
        state(unanimous, BRAZIL, OP1, Stance.CAN_LIVE_WITH);

        assertThat(unanimous.statusOf(OP1).agreed()).isFalse();
    }

    @Test
    void underAQualifiedMajorityTwoOfThreeAcceptingIsEnough() {
        NegotiatedText majority = jointStatement(DecisionRule.qualifiedMajority(new java.math.BigDecimal("0.66")));
        state(majority, CHINA, OP1, Stance.CAN_LIVE_WITH);
        assertThat(majority.statusOf(OP1).agreed()).isFalse();

        state(majority, KAZAKHSTAN, OP1, Stance.SUPPORT);
        state(majority, BRAZIL, OP1, Stance.CANNOT_ACCEPT);

        assertThat(majority.statusOf(OP1).agreed()).isTrue();
    }

    @Test
    void statingAPositionIsRecordedAsAnEvent() {
        state(text, KAZAKHSTAN, OP1, Stance.RESERVATION);

        assertThat(text.drainEvents()).singleElement().isInstanceOfSatisfying(PositionStated.class, e -> {
            assertThat(e.position().party()).isEqualTo(KAZ);
            assertThat(e.position().reason()).contains("reason of KAZ");
        });
    }

    @Test
    void aProposedParagraphIsAgreedLikeAnyOtherAndCleanedIntoTheText() {
        var op2 = org.gsi.negotiation.ParagraphNumber.operative(2);
        text.propose(ProposeAmendment.addParagraph(BRAZIL, op2, "Welcome regional mechanisms."));
        allSupport(text, op2);
        text.cleanBrackets(CHAIR, op2);

        assertThat(compilation(text, op2)).isEqualTo("Welcome regional mechanisms.");
    }

    @Test
    void theLostEventIsAReopening() {
        allSupport(text, OP1);
        text.drainEvents();
        replaceSpan(text, CHINA, "border management");

        assertThat(text.drainEvents()).last().isInstanceOf(ParagraphReopened.class);
    }
}
