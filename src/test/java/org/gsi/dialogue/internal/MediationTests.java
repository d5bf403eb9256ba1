package org.gsi.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.dialogue.internal.TrackFixture.*;

import org.gsi.dialogue.MediationEnded;
import org.gsi.dialogue.Mediator;
import org.gsi.dialogue.MediatorAppointed;
import org.gsi.dialogue.MediatorDeclined;
import org.gsi.dialogue.MediatorProposed;
import org.gsi.dialogue.MediatorRole;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediationTests {

    private DialogueTrack track;

    @BeforeEach
    void open() {
        track = riverTrack();
    }

    @Test
    void aMediatorIsAppointedOnlyWhenEveryPartyConcernedAccepts() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        track.acceptMediator(EGYPT, EGY, day(2));
        assertThat(track.appointedMediator()).isEmpty();

        track.acceptMediator(SUDAN, SDN, day(3));

        assertThat(track.appointedMediator()).contains(AU_ENVOY);
        assertThat(track.drainEvents()).hasExactlyElementsOfTypes(MediatorProposed.class, MediatorAppointed.class);
    }

    @Test
    void proposingAsksEveryPartyConcernedAndCountsTheProposersOwnAcceptance() {
        track.proposeMediator(EGYPT, Mediator.party(PartyCode.of("ZAF")), MediatorRole.GOOD_OFFICES, day(1));

        assertThatThrownBy(() -> track.proposeMediator(
                        Delegate.focalPointOf(PartyCode.of("USA")), AU_ENVOY, MediatorRole.MEDIATOR, day(1)))
                .isInstanceOf(NotAPartyConcernedException.class);
        assertThat(track.drainEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        MediatorProposed.class, e -> assertThat(e.asked()).containsExactlyInAnyOrder(ETH, EGY, SDN));
        assertThat(track.currentMediation().orElseThrow().responses()).containsOnlyKeys(EGY);
    }

    @Test
    void oneDeclineWithItsReasonEndsTheProposal() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        track.declineMediator(EGYPT, EGY, "prefers a UN envoy", day(2));

        assertThatThrownBy(() -> track.acceptMediator(SUDAN, SDN, day(3))).isInstanceOf(MediationStateException.class);
        assertThat(track.appointedMediator()).isEmpty();
        assertThat(track.drainEvents())
                .last()
                .isInstanceOfSatisfying(
                        MediatorDeclined.class, e -> assertThat(e.reason()).isEqualTo("prefers a UN envoy"));
    }

    @Test
    void aDeclineNeedsAReason() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));

        assertThatThrownBy(() -> track.declineMediator(EGYPT, EGY, " ", day(2)))
                .isInstanceOf(InvalidTrackException.class);
    }

    @Test
    void withdrawingConsentEndsTheMediationOnTheRecord() {
        appointEnvoy();

        track.endMediation(SUDAN, "talks moved to a bilateral channel", day(10));

        assertThat(track.appointedMediator()).isEmpty();
        assertThat(track.mediations().get(0).ending()).get().satisfies(end -> {
            assertThat(end.party()).isEqualTo(SDN);
            assertThat(end.reason()).isEqualTo("talks moved to a bilateral channel");
        });
        assertThat(track.drainEvents()).last().isInstanceOf(MediationEnded.class);
    }

    @Test
    void theMediatorMayStepDown() {
        appointEnvoy();

        track.endMediation(AFRICAN_UNION, "mandate completed", day(20));

        assertThat(track.appointedMediator()).isEmpty();
    }

    @Test
    void nobodyConsentsForAnotherPartyOrWithoutBeingItsFocalPoint() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));

        assertThatThrownBy(() -> track.acceptMediator(EGYPT, SDN, day(2)))
                .isInstanceOf(NotOwnFocalPointException.class);
        assertThatThrownBy(() -> track.acceptMediator(Delegate.staffOf(SDN), SDN, day(2)))
                .isInstanceOf(NotOwnFocalPointException.class);
        assertThat(track.currentMediation().orElseThrow().responses()).containsOnlyKeys(ETH);
    }

    @Test
    void aPartyConcernedCannotMediateItsOwnDifference() {
        assertThatThrownBy(() -> track.proposeMediator(EGYPT, Mediator.party(SDN), MediatorRole.MEDIATOR, day(1)))
                .isInstanceOf(MediationStateException.class);
    }

    @Test
    void onlyOneMediationIsUnderWayAtATimeButANewOneMayFollowAnEnd() {
        appointEnvoy();
        assertThatThrownBy(() ->
                        track.proposeMediator(EGYPT, Mediator.party(PartyCode.of("un")), MediatorRole.MEDIATOR, day(5)))
                .isInstanceOf(MediationStateException.class);

        track.endMediation(EGYPT, "new format agreed", day(6));
        track.proposeMediator(EGYPT, Mediator.party(PartyCode.of("un")), MediatorRole.FACILITATOR, day(7));

        assertThat(track.mediations()).hasSize(2);
    }

    @Test
    void aPartyAnswersAProposalOnce() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));

        assertThatThrownBy(() -> track.acceptMediator(ETHIOPIA, ETH, day(2)))
                .isInstanceOf(MediationStateException.class)
                .hasMessageContaining("already answered");
    }

    private void appointEnvoy() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        track.acceptMediator(EGYPT, EGY, day(2));
        track.acceptMediator(SUDAN, SDN, day(3));
    }
}
