package org.gsi.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.dialogue.internal.TrackFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.dialogue.MediatorRole;
import org.gsi.dialogue.MinutesApproved;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class SessionTests {

    private static final LocalDate MAY_5 = LocalDate.of(2026, 5, 5);
    private final DialogueTrack track = riverTrack();

    private Session firstRound() {
        return track.planSession(
                ETHIOPIA,
                MAY_5,
                Venue.at("Addis Ababa"),
                Set.of(ETH, EGY, SDN),
                List.of("Data exchange on reservoir filling", "Drought protocol"));
    }

    @Test
    void minutesBecomeFinalOnlyWhenEveryPartyConcernedApproved() {
        firstRound();
        track.draftMinutes(ETHIOPIA, 1, "The parties exchanged filling schedules.");
        track.approveMinutes(ETHIOPIA, ETH, 1, day(70));
        track.approveMinutes(EGYPT, EGY, 1, day(70));
        assertThat(track.sessions().get(0).minutes().orElseThrow().isApproved()).isFalse();

        track.approveMinutes(SUDAN, SDN, 1, day(71));

        assertThat(track.sessions().get(0).minutes().orElseThrow().isApproved()).isTrue();
        assertThat(track.drainEvents()).singleElement().isInstanceOf(MinutesApproved.class);
        assertThatThrownBy(() -> track.draftMinutes(EGYPT, 1, "Other text")).isInstanceOf(MinutesStateException.class);
    }

    @Test
    void aRedraftAsksEveryPartyToApproveAgain() {
        firstRound();
        track.draftMinutes(ETHIOPIA, 1, "First draft.");
        track.approveMinutes(ETHIOPIA, ETH, 1, day(70));
        track.draftMinutes(EGYPT, 1, "Second draft with Egypt's wording.");

        assertThat(track.sessions().get(0).minutes().orElseThrow().approvals()).isEmpty();
    }

    @Test
    void minutesCannotBeApprovedBeforeTheyAreDrafted() {
        firstRound();

        assertThatThrownBy(() -> track.approveMinutes(EGYPT, EGY, 1, day(70)))
                .isInstanceOf(MinutesStateException.class)
                .hasMessageContaining("no minutes");
        assertThatThrownBy(() -> track.approveMinutes(EGYPT, EGY, 2, day(70)))
                .isInstanceOf(UnknownSessionException.class);
    }

    @Test
    void anAppointedMediatorTakesPartInSessionsButOutsidersDoNot() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        track.acceptMediator(EGYPT, EGY, day(2));
        track.acceptMediator(SUDAN, SDN, day(3));

        Session session = track.planSession(
                AFRICAN_UNION, MAY_5, Venue.onlineMeeting(), Set.of(ETH, EGY, AU), List.of("Positions"));

        assertThat(session.number()).isEqualTo(1);
        assertThatThrownBy(() ->
                        track.planSession(EGYPT, MAY_5, Venue.at("Cairo"), Set.of(EGY, PartyCode.of("USA")), List.of()))
                .isInstanceOf(NotAPartyConcernedException.class)
                .hasMessageContaining("USA");
    }

    @Test
    void followUpActionsHaveOwnersAndDueDatesAndShowWhenOverdue() {
        firstRound();
        track.addFollowUp(SUDAN, 1, "share gauge data", SDN, MAY_5.plusDays(30));
        track.addFollowUp(EGYPT, 1, "circulate a draft protocol", EGY, MAY_5.plusDays(60));

        assertThat(track.overdueActions(MAY_5.plusDays(45)))
                .extracting(FollowUpAction::owner)
                .containsExactly(SDN);

        track.completeFollowUp(SUDAN, 1, 1, MAY_5.plusDays(46));
        assertThat(track.overdueActions(MAY_5.plusDays(47))).isEmpty();
        assertThatThrownBy(() -> track.completeFollowUp(ETHIOPIA, 1, 2, MAY_5))
                .isInstanceOf(NotAPartyConcernedException.class);
    }

    @Test
    void aFollowUpOwnerMustTakePartInTheTrack() {
        firstRound();

        assertThatThrownBy(() -> track.addFollowUp(EGYPT, 1, "x", PartyCode.of("USA"), MAY_5))
                .isInstanceOf(NotAPartyConcernedException.class);
    }

    @Test
    void aTrackIsConfidentialToThePartiesConcernedByDefault() {
        assertThat(track.visibility()).isEqualTo(Visibility.PARTICIPANTS);
        assertThat(track.isVisibleTo(EGY)).isTrue();
        assertThat(track.isVisibleTo(PartyCode.of("USA"))).isFalse();
        assertThat(track.isVisibleTo(AU)).isFalse();

        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        assertThat(track.isVisibleTo(AU)).isTrue();
    }

    @Test
    void aBilateralConsultationConcernsExactlyTwoParties() {
        assertThatThrownBy(() -> TrackDescription.confidential(
                        "x", Set.of(ETH, EGY, SDN), DialogueFormat.BILATERAL_CONSULTATION))
                .isInstanceOf(InvalidTrackException.class)
                .hasMessageContaining("exactly two");
        assertThatThrownBy(() -> TrackDescription.confidential("x", Set.of(ETH), DialogueFormat.GOOD_OFFICES))
                .isInstanceOf(InvalidTrackException.class);
    }

    @Test
    void minutesAreApprovedOnlyByPartiesConcernedThroughTheirFocalPoints() {
        firstRound();
        track.draftMinutes(ETHIOPIA, 1, "Draft.");

        assertThatThrownBy(() -> track.approveMinutes(Delegate.staffOf(EGY), EGY, 1, day(70)))
                .isInstanceOf(NotOwnFocalPointException.class);
        assertThatThrownBy(() -> track.approveMinutes(AFRICAN_UNION, AU, 1, day(70)))
                .isInstanceOf(NotAPartyConcernedException.class);
    }
}
