package org.gsi.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.meetings.internal.Meetings.FORUM_SECRETARIAT;
import static org.gsi.meetings.internal.Meetings.delegation;

import java.util.List;
import java.util.Optional;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;
import org.gsi.meetings.CapacityExceededException;
import org.gsi.meetings.DuplicateDelegateException;
import org.gsi.meetings.DuplicateRegistrationException;
import org.gsi.meetings.NotInvitedException;
import org.gsi.meetings.NotTheOrganiserException;
import org.gsi.meetings.NotTheRegistrantException;
import org.gsi.meetings.RegistrationPromoted;
import org.gsi.meetings.RegistrationStateException;
import org.junit.jupiter.api.Test;

class MeetingTests {

    private static final PartyCode KAZ = PartyCode.of("KAZ");
    private static final PartyCode ETH = PartyCode.of("ETH");
    private static final PartyCode IDN = PartyCode.of("IDN");
    private static final PartyCode BRA = PartyCode.of("BRA");

    @Test
    void registrationsBeyondCapacityWaitAndArePromotedInOrderOfArrival() {
        Meeting forum = Meetings.xiangshanForum(4);
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin", "Aida Bekova"), Optional.empty());
        Registration eth = forum.registerDelegation(ETH, delegation("Redwan Hussien", "Meles Alem"), Optional.empty());
        Registration idn = forum.registerDelegation(IDN, delegation("Retno Marsudi"), Optional.empty());
        Registration bra = forum.registerDelegation(BRA, delegation("Celso Amorim"), Optional.empty());

        assertThat(List.of(kaz.status(), eth.status(), idn.status(), bra.status()))
                .containsExactly(
                        RegistrationStatus.PENDING,
                        RegistrationStatus.PENDING,
                        RegistrationStatus.WAITING,
                        RegistrationStatus.WAITING);

        forum.withdraw(KAZ, kaz.id());

        assertThat(idn.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(bra.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(forum.pullEvents())
                .extracting(e -> ((RegistrationPromoted) e).registrant())
                .containsExactly(IDN, BRA);
    }

    @Test
    void aLaterSmallerRegistrationDoesNotOvertakeTheFirstInLine() {
        Meeting forum = Meetings.xiangshanForum(3);
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin", "Aida Bekova"), Optional.empty());
        Registration eth = forum.registerDelegation(ETH, delegation("Redwan Hussien", "Meles Alem"), Optional.empty());
        Registration idn = forum.registerDelegation(IDN, delegation("Retno Marsudi"), Optional.empty());

        assertThat(idn.status()).as("one place is free, but ETH waits first").isEqualTo(RegistrationStatus.WAITING);
        forum.removeDelegate(KAZ, kaz.id(), "Aida Bekova");

        assertThat(eth.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(idn.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(forum.desk().waitingList()).containsExactly(idn.id());
    }

    @Test
    void theOrganiserApprovesAndRejectionFreesPlaces() {
        Meeting forum = Meetings.xiangshanForum(2);
        Registration kaz = forum.registerDelegation(
                KAZ, delegation("Yerlan Karin", "Aida Bekova"), Optional.of("Note verbale 12/2025"));
        Registration eth = forum.registerDelegation(ETH, delegation("Redwan Hussien"), Optional.empty());

        assertThatThrownBy(() -> forum.approve(KAZ, kaz.id())).isInstanceOf(NotTheOrganiserException.class);
        forum.reject(FORUM_SECRETARIAT, kaz.id());
        forum.approve(FORUM_SECRETARIAT, eth.id());

        assertThat(eth.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(kaz.credentialsLetter()).contains("Note verbale 12/2025");
    }

    @Test
    void theSamePersonTwiceInADelegationIsRefused() {
        Meeting forum = Meetings.xiangshanForum(10);

        assertThatThrownBy(() ->
                        forum.registerDelegation(KAZ, delegation("Yerlan Karin", "yerlan  KARIN"), Optional.empty()))
                .isInstanceOf(DuplicateDelegateException.class)
                .hasMessageContaining("already in the KAZ registration");
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin"), Optional.empty());
        assertThatThrownBy(() -> forum.addDelegate(KAZ, kaz.id(), new Delegate("Yerlan Karin", "Adviser", "")))
                .isInstanceOf(DuplicateDelegateException.class);
    }

    @Test
    void aPartyRegistersOneDelegationAndOnlyItChangesIt() {
        Meeting forum = Meetings.xiangshanForum(10);
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin"), Optional.empty());

        assertThatThrownBy(() -> forum.registerDelegation(KAZ, delegation("Aida Bekova"), Optional.empty()))
                .isInstanceOf(DuplicateRegistrationException.class);
        assertThatThrownBy(() -> forum.withdraw(ETH, kaz.id())).isInstanceOf(NotTheRegistrantException.class);
        forum.addDelegate(KAZ, kaz.id(), new Delegate("Aida Bekova", "Adviser", "a.bekova@example.org"));
        assertThat(kaz.people()).extracting(Delegate::name).containsExactly("Yerlan Karin", "Aida Bekova");
    }

    @Test
    void addingAPersonBeyondCapacityIsRefused() {
        Meeting forum = Meetings.xiangshanForum(2);
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin", "Aida Bekova"), Optional.empty());

        assertThatThrownBy(() -> forum.addDelegate(KAZ, kaz.id(), new Delegate("Dana Omarova", "Adviser", "")))
                .isInstanceOf(CapacityExceededException.class);
    }

    @Test
    void onlyInvitedPartiesSendDelegations() {
        assertThatThrownBy(() -> Meetings.cicaSeniorOfficials()
                        .registerDelegation(ETH, delegation("Redwan Hussien"), Optional.empty()))
                .isInstanceOf(NotInvitedException.class);
    }

    @Test
    void thinkTanksRegisterForForumsButNotForMechanismMeetings() {
        Meeting forum = Meetings.xiangshanForum(10);
        PartyCode thinkTank = PartyCode.of("ciss-tsinghua");

        Registration participants = forum.registerParticipants(thinkTank, delegation("Da Wei", "Zhou Bo"));

        assertThat(participants.kind()).isEqualTo(Registration.Kind.PARTICIPANT);
        assertThat(participants.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThatThrownBy(() -> Meetings.cicaSeniorOfficials().registerParticipants(thinkTank, delegation("Da Wei")))
                .isInstanceOf(NotInvitedException.class);
    }

    @Test
    void theAttendanceListHoldsApprovedPeopleMarkedPresent() {
        Meeting forum = Meetings.xiangshanForum(10);
        Registration kaz = forum.registerDelegation(KAZ, delegation("Yerlan Karin", "Aida Bekova"), Optional.empty());
        Registration eth = forum.registerDelegation(ETH, delegation("Redwan Hussien"), Optional.empty());
        forum.approve(FORUM_SECRETARIAT, kaz.id());

        forum.markAttended(FORUM_SECRETARIAT, kaz.id(), "Yerlan Karin");

        assertThatThrownBy(() -> forum.markAttended(FORUM_SECRETARIAT, eth.id(), "Redwan Hussien"))
                .isInstanceOf(RegistrationStateException.class);
        assertThat(forum.attendanceList())
                .containsExactly(new Meeting.AttendanceEntry(KAZ, "Yerlan Karin", "Head of delegation"));
    }

    @Test
    void theOutcomeIsRecordedOnlyAfterTheMeeting() {
        Meeting forum = Meetings.xiangshanForum(10);
        Outcome outcome = new Outcome(
                List.of("Chair's summary"),
                List.of(PledgeId.random()),
                List.of(new Outcome.FollowUp(
                        "Convene an expert workshop on maritime security",
                        KAZ,
                        forum.end().toLocalDate().plusMonths(6))));

        assertThatThrownBy(() -> forum.recordOutcome(FORUM_SECRETARIAT, outcome, forum.start()))
                .isInstanceOf(RegistrationStateException.class);
        forum.recordOutcome(FORUM_SECRETARIAT, outcome, forum.end().plusHours(1));

        assertThat(forum.outcome()).contains(outcome);
    }

    @Test
    void everyScheduleChangeRaisesTheSequenceAndACancelledMeetingTakesNoChanges() {
        Meeting forum = Meetings.xiangshanForum(10);
        forum.reschedule(
                FORUM_SECRETARIAT, forum.start().plusDays(1), forum.end().plusDays(1));
        forum.moveTo(FORUM_SECRETARIAT, Venue.at("Xiangshan Hotel"));
        forum.cancel(FORUM_SECRETARIAT);

        assertThat(forum.sequence()).isEqualTo(3);
        assertThatThrownBy(() -> forum.registerDelegation(KAZ, delegation("Yerlan Karin"), Optional.empty()))
                .isInstanceOf(RegistrationStateException.class);
    }
}
