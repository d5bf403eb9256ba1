package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTests {

    @Test
    void publicRecordsAreReadByEveryoneIncludingAnonymousReaders() {
        assertThat(Visibility.PUBLIC.admits("", "CHN", List.of())).isTrue();
        assertThat(Visibility.PUBLIC.admits("KAZ", "CHN", List.of())).isTrue();
    }

    @Test
    void participantRecordsAreReadByTheOwnerAndTheParticipantsOnly() {
        assertThat(Visibility.PARTICIPANTS.admits("CHN", "CHN", List.of("KAZ"))).isTrue();
        assertThat(Visibility.PARTICIPANTS.admits("KAZ", "CHN", List.of("KAZ"))).isTrue();
        assertThat(Visibility.PARTICIPANTS.admits("BRA", "CHN", List.of("KAZ"))).isFalse();
        assertThat(Visibility.PARTICIPANTS.admits("", "CHN", List.of("KAZ"))).isFalse();
    }

    @Test
    void ownerRecordsAreReadByTheOwnerAloneNotEvenByParticipantsOrTheSecretariat() {
        assertThat(Visibility.OWNER.admits("CHN", "CHN", List.of("KAZ"))).isTrue();
        assertThat(Visibility.OWNER.admits("KAZ", "CHN", List.of("KAZ"))).isFalse();
        assertThat(Visibility.OWNER.admits("gsi-secretariat", "CHN", List.of())).isFalse();
    }

    @Test
    void unknownVisibilityIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Visibility.parse("secret"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("visibility");
        assertThat(Visibility.parse(" participants ")).isEqualTo(Visibility.PARTICIPANTS);
    }

    @Test
    void theSqlPredicateStatesTheSameRule() {
        assertThat(Visibility.sqlPredicate("p", "participants"))
                .isEqualTo("(p.visibility = 'PUBLIC' OR p.owner_party = :reader OR (p.visibility = 'PARTICIPANTS'"
                        + " AND :reader = ANY(p.participants)))");
    }
}
