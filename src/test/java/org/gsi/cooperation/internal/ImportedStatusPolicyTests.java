package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class ImportedStatusPolicyTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ConcernClearance CLEAR = new ConcernClearance(List.of());

    static Project draft() {
        return Project.draft(
                ProjectId.newId(),
                PartyCode.of("IDN"),
                ProjectDetails.of(new LocalizedText(java.util.Map.of(Language.EN, "Wells")), PriorityArea.of("III.18")),
                ConsentPolicy.DEFAULT);
    }

    @Test
    void aProjectOfItsPartyAloneFollowsTheFileThroughItsOwnTransitions() {
        Project active = draft();
        assertThat(ImportedStatusPolicy.follow(active, 2, NOW, CLEAR)).isTrue();
        assertThat(active.status()).isEqualTo(ProjectStatus.ACTIVE);

        Project closed = draft();
        assertThat(ImportedStatusPolicy.follow(closed, 4, NOW, CLEAR)).isTrue();
        assertThat(closed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(closed.pullEvents())
                .extracting(ProjectEvents::kind)
                .containsExactly("project-activated", "project-completed");

        Project cancelled = draft();
        assertThat(ImportedStatusPolicy.follow(cancelled, 5, NOW, CLEAR)).isTrue();
        assertThat(cancelled.status()).isEqualTo(ProjectStatus.CANCELLED);
    }

    @Test
    void aClosedProjectIsNotReopenedByItsFile() {
        Project closed = draft();
        ImportedStatusPolicy.follow(closed, 4, NOW, CLEAR);

        assertThat(ImportedStatusPolicy.follow(closed, 2, NOW, CLEAR)).isFalse();
        assertThat(closed.status()).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void aProjectWithParticipantsIsNeverMovedByItsFile() {
        Project shared = draft();
        shared.addParticipant(new Participant(PartyCode.of("ETH"), Set.of(ParticipantRole.IMPLEMENTING)), NOW);

        assertThat(ImportedStatusPolicy.follow(shared, 2, NOW, CLEAR)).isFalse();
        assertThat(shared.status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void aBlockingConcernKeepsAProjectOfItsPartyAloneFromStarting() {
        Project blocked = draft();
        ConcernClearance concern =
                new ConcernClearance(List.of(Message.of("concerns.blocker.objected", "KAZ", "touches our grid")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportedStatusPolicy.follow(blocked, 2, NOW, concern))
                .hasMessageContaining("KAZ");
        assertThat(blocked.status()).isEqualTo(ProjectStatus.DRAFT);
    }
}
