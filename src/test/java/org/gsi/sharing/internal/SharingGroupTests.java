package org.gsi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gsi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class SharingGroupTests {

    @Test
    void theOwnerIsAMemberAndStaysOne() {
        SharingGroup g = SharingGroup.create("CHN", "Exchange", "", false, List.of("KAZ"), false);
        assertThat(g.members()).containsExactlyInAnyOrder("CHN", "KAZ");
        assertThatThrownBy(() -> g.remove("CHN")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void membersWhoDoNotSeeEachOtherSeeOnlyTheOwnerAndThemselves() {
        SharingGroup g = SharingGroup.create("CHN", "Exchange", "", false, List.of("KAZ", "ETH"), false);
        assertThat(g.membersSeenBy("KAZ")).containsExactly("CHN", "KAZ");
        assertThat(g.membersSeenBy("CHN")).containsExactlyInAnyOrder("CHN", "KAZ", "ETH");
        assertThat(g.membersSeenBy("IDN")).isEmpty();
        g.showMembersToEachOther(true);
        assertThat(g.membersSeenBy("KAZ")).containsExactlyInAnyOrder("CHN", "KAZ", "ETH");
    }

    @Test
    void aGroupNeedsAName() {
        assertThatThrownBy(() -> SharingGroup.create("CHN", " ", "", true, List.of(), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("name");
    }
}
