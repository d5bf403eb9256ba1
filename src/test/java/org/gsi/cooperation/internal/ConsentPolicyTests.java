package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Words;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class ConsentPolicyTests {

    static final Instant ASKED = Instant.parse("2025-05-01T00:00:00Z");
    final ConsentPolicy policy = new ConsentPolicy(Duration.ofDays(21), Duration.ofDays(3));
    final Consent pending = Consent.requested(PartyCode.of("IDN"), ASKED, policy.deadlineFor(ASKED));

    @Test
    void deadlineIsTheAnswerPeriodAfterTheRequest() {
        assertThat(pending.deadline()).isEqualTo(Instant.parse("2025-05-22T00:00:00Z"));
        assertThat(policy.reminderDueAt(pending)).isEqualTo(Instant.parse("2025-05-19T00:00:00Z"));
    }

    @Test
    void reminderIsDueOnlyInTheDaysBeforeTheDeadlineOfAPendingRequest() {
        assertThat(policy.reminderDue(pending, Instant.parse("2025-05-18T23:59:59Z")))
                .isFalse();
        assertThat(policy.reminderDue(pending, Instant.parse("2025-05-19T00:00:00Z")))
                .isTrue();
        assertThat(policy.reminderDue(pending, Instant.parse("2025-05-22T00:00:00Z")))
                .isFalse();
        assertThat(policy.overdue(pending, Instant.parse("2025-05-22T00:00:00Z")))
                .isTrue();

        Consent answered = pending.answered(ConsentState.GIVEN, ASKED, Optional.empty());
        assertThat(policy.reminderDue(answered, Instant.parse("2025-05-20T00:00:00Z")))
                .isFalse();
    }

    @Test
    void blockersNameEveryPartyThatHasNotConsented() {
        Consent declined = Consent.requested(PartyCode.of("BRA"), ASKED, ASKED)
                .answered(ConsentState.DECLINED, ASKED, Optional.of("no mandate"));
        Consent given = Consent.requested(PartyCode.of("CHN"), ASKED, ASKED)
                .answered(ConsentState.GIVEN, ASKED, Optional.empty());

        assertThat(policy.blockers(List.of(pending, declined, given)).stream().map(Words::english))
                .containsExactly("IDN has not answered yet", "BRA declined: no mandate");
    }

    @Test
    void reminderMustComeBeforeTheDeadline() {
        assertThatThrownBy(() -> new ConsentPolicy(Duration.ofDays(5), Duration.ofDays(5)))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void projectReportsWhichPendingConsentsAreDueAReminder() {
        Project project = Project.draft(
                org.gsi.cooperation.ProjectId.newId(),
                PartyCode.of("CHN"),
                ProjectDetails.of(
                        LocalizedText.of(org.gsi.cooperation.Language.FR, "Formation"), PriorityArea.of("III.12")),
                policy);
        project.addParticipant(Participant.of("au", org.gsi.cooperation.ParticipantRole.IMPLEMENTING), ASKED);
        project.propose(ASKED);

        assertThat(project.consentsWithReminderDue(ASKED.plus(Duration.ofDays(10))))
                .isEmpty();
        assertThat(project.consentsWithReminderDue(ASKED.plus(Duration.ofDays(19))))
                .extracting(Consent::party)
                .containsExactly(PartyCode.of("au"));
    }
}
