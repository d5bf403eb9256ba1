package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.gsi.cooperation.ConsentDeclined;
import org.gsi.cooperation.ConsentGiven;
import org.gsi.cooperation.ConsentNotAllowedException;
import org.gsi.cooperation.ConsentRequested;
import org.gsi.cooperation.ConsentWithdrawn;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectActivated;
import org.gsi.cooperation.ProjectCancelled;
import org.gsi.cooperation.ProjectEvent;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectProposed;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.cooperation.TransitionRefusedException;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectTests {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final PartyCode CHN = PartyCode.of("CHN");
    static final PartyCode KAZ = PartyCode.of("KAZ");
    static final PartyCode ETH = PartyCode.of("ETH");

    Project project;

    @BeforeEach
    void draftWithTwoParticipants() {
        project = Project.draft(
                ProjectId.newId(),
                CHN,
                ProjectDetails.of(LocalizedText.of(Language.EN, "Demining training"), PriorityArea.of("III.4")),
                ConsentPolicy.DEFAULT);
        project.addParticipant(Participant.of("CHN", ParticipantRole.FUNDING), T0);
        project.addParticipant(Participant.of("KAZ", ParticipantRole.IMPLEMENTING), T0);
    }

    @Test
    void proposingSendsAConsentRequestToEveryParticipant() {
        project.propose(T0);

        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(project.pullEvents())
                .filteredOn(ConsentRequested.class::isInstance)
                .extracting(e -> ((ConsentRequested) e).party())
                .containsExactly(CHN, KAZ);
        assertThat(project.pendingConsents()).hasSize(2);
    }

    @Test
    void projectStaysProposedUntilEveryParticipantConsents() {
        project.propose(T0);
        project.giveConsent(CHN, ConsentActor.focalPointOf("CHN"), T0.plusSeconds(60));

        assertThatThrownBy(() -> project.activate(T0.plusSeconds(120), ConcernClearance.clear()))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("KAZ has not answered yet");
        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);

        project.giveConsent(KAZ, ConsentActor.focalPointOf("KAZ"), T0.plusSeconds(180));
        project.activate(T0.plusSeconds(240), ConcernClearance.clear());

        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(project.details().dates().actualStart()).contains(LocalDate.of(2025, 3, 1));
        assertThat(project.pullEvents()).last().isInstanceOf(ProjectActivated.class);
    }

    @Test
    void secretariatCannotConsentOnAPartysBehalf() {
        project.propose(T0);

        assertThatThrownBy(() -> project.giveConsent(KAZ, new ConsentActor(PartyCode.of("gsi-secretariat"), false), T0))
                .isInstanceOf(ConsentNotAllowedException.class)
                .hasMessageContaining("only a focal point of KAZ");
        assertThatThrownBy(() -> project.giveConsent(KAZ, ConsentActor.focalPointOf("CHN"), T0))
                .isInstanceOf(ConsentNotAllowedException.class);
        assertThat(project.isBound(KAZ)).isFalse();
    }

    @Test
    void aUserOfThePartyWhoIsNotItsFocalPointCannotAnswer() {
        project.propose(T0);

        assertThatThrownBy(() -> project.giveConsent(KAZ, new ConsentActor(KAZ, false), T0))
                .isInstanceOf(ConsentNotAllowedException.class);
    }

    @Test
    void aDeclinedPartyBlocksActivationWhileItTakesPart() {
        project.propose(T0);
        project.giveConsent(CHN, ConsentActor.focalPointOf("CHN"), T0);
        project.declineConsent(KAZ, ConsentActor.focalPointOf("KAZ"), "overlaps national programme", T0);

        assertThatThrownBy(() -> project.activate(T0, ConcernClearance.clear()))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("KAZ declined: overlaps national programme");
        assertThat(project.pullEvents())
                .anyMatch(e -> e instanceof ConsentDeclined d && d.party().equals(KAZ));

        project.removeParticipant(KAZ, T0);
        project.activate(T0, ConcernClearance.clear());
        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void decliningNeedsAReason() {
        project.propose(T0);

        assertThatThrownBy(() -> project.declineConsent(KAZ, ConsentActor.focalPointOf("KAZ"), " ", T0))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void aPartyAddedLaterIsNotBoundUntilItConsents() {
        consentAll();
        project.activate(T0, ConcernClearance.clear());

        project.addParticipant(Participant.of("ETH", ParticipantRole.IMPLEMENTING), T0.plusSeconds(10));

        assertThat(project.isBound(ETH)).isFalse();
        assertThat(project.consentOf(ETH)).map(Consent::state).contains(ConsentState.REQUESTED);
        project.giveConsent(ETH, ConsentActor.focalPointOf("ETH"), T0.plusSeconds(20));
        assertThat(project.isBound(ETH)).isTrue();
    }

    @Test
    void withdrawalKeepsWhenAndWhy() {
        consentAll();
        Instant later = T0.plus(Duration.ofDays(3));

        project.withdrawConsent(KAZ, ConsentActor.focalPointOf("KAZ"), "change of government policy", later);

        Consent consent = project.consentOf(KAZ).orElseThrow();
        assertThat(consent.state()).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(consent.answeredAt()).contains(later);
        assertThat(consent.reason()).contains("change of government policy");
        assertThat(project.isBound(KAZ)).isFalse();
        assertThat(project.pullEvents()).last().isInstanceOf(ConsentWithdrawn.class);
        assertThatThrownBy(() -> project.activate(later, ConcernClearance.clear()))
                .hasMessageContaining("KAZ withdrew its consent: change of government policy");
    }

    @Test
    void onlyGivenConsentCanBeWithdrawn() {
        project.propose(T0);

        assertThatThrownBy(() -> project.withdrawConsent(KAZ, ConsentActor.focalPointOf("KAZ"), "no", T0))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("nothing to withdraw");
    }

    @Test
    void aPartyThatDeclinedMayConsentLater() {
        project.propose(T0);
        project.declineConsent(KAZ, ConsentActor.focalPointOf("KAZ"), "budget unclear", T0);

        project.giveConsent(KAZ, ConsentActor.focalPointOf("KAZ"), T0.plusSeconds(5));

        assertThat(project.isBound(KAZ)).isTrue();
        assertThat(project.pullEvents()).last().isInstanceOf(ConsentGiven.class);
    }

    @Test
    void aConcernBlocksActivationEvenWithAllConsents() {
        consentAll();

        assertThatThrownBy(() ->
                        project.activate(T0, ConcernClearance.blocked(Message.of("concerns.blocker.unnamedObjected"))))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("cannot activate yet: a registered security concern is objected");
    }

    @Test
    void aDraftCannotBeActivatedAndSaysWhy() {
        assertThatThrownBy(() -> project.activate(T0, ConcernClearance.clear()))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("cannot activate a project that is draft; only a project that is proposed can be");
    }

    @Test
    void aProjectWithoutParticipantsCannotBeProposed() {
        Project empty = Project.draft(ProjectId.newId(), CHN, project.details(), ConsentPolicy.DEFAULT);

        assertThatThrownBy(() -> empty.propose(T0)).hasMessageContaining("without participants");
    }

    @Test
    void consentCannotBeAnsweredBeforeTheProjectIsProposed() {
        assertThatThrownBy(() -> project.giveConsent(KAZ, ConsentActor.focalPointOf("KAZ"), T0))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("draft");
    }

    @Test
    void suspendResumeAndCompleteFollowTheLifecycle() {
        consentAll();
        project.activate(T0, ConcernClearance.clear());

        project.suspend("security situation", T0.plusSeconds(1));
        assertThat(project.status()).isEqualTo(ProjectStatus.SUSPENDED);
        assertThatThrownBy(() -> project.complete(T0)).isInstanceOf(TransitionRefusedException.class);
        project.resume(T0.plusSeconds(2));
        project.complete(Instant.parse("2026-01-31T12:00:00Z"));

        assertThat(project.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(project.details().dates().actualEnd()).contains(LocalDate.of(2026, 1, 31));
        assertThatThrownBy(() -> project.cancel("late", T0)).hasMessageContaining("completed; it is closed");
    }

    @Test
    void cancellingRecordsFromWhichStateAndWhy() {
        project.propose(T0);
        project.pullEvents();

        project.cancel("superseded by a regional programme", T0);

        assertThat(project.status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(project.pullEvents())
                .singleElement()
                .isEqualTo(new ProjectCancelled(
                        project.id(), ProjectStatus.PROPOSED, "superseded by a regional programme", T0));
    }

    @Test
    void detailsCanOnlyChangeWhileDraft() {
        project.propose(T0);

        assertThatThrownBy(() -> project.updateDetails(project.details()))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void proposalEventNamesInitiatorAndParticipants() {
        project.propose(T0);

        assertThat(project.pullEvents())
                .filteredOn(ProjectProposed.class::isInstance)
                .singleElement()
                .satisfies(e -> {
                    ProjectProposed p = (ProjectProposed) e;
                    assertThat(p.initiator()).isEqualTo(CHN);
                    assertThat(p.participants()).containsExactly(CHN, KAZ);
                });
        assertThat(project.pullEvents()).isEmpty();
    }

    @Test
    void aPartyCannotBeAddedTwice() {
        assertThatThrownBy(() -> project.addParticipant(Participant.of("KAZ", ParticipantRole.FUNDING), T0))
                .hasMessageContaining("KAZ already takes part");
    }

    private void consentAll() {
        project.propose(T0);
        project.giveConsent(CHN, ConsentActor.focalPointOf("CHN"), T0);
        project.giveConsent(KAZ, ConsentActor.focalPointOf("KAZ"), T0);
        for (ProjectEvent ignored : project.pullEvents()) {
            // drained
        }
    }
}
