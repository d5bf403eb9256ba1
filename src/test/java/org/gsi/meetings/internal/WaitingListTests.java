package org.gsi.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.gsi.meetings.internal.WaitingList.Place;
import org.junit.jupiter.api.Test;

class WaitingListTests {

    private final WaitingList list = new WaitingList(5);

    private static Place place(String status, int size) {
        return new Place(UUID.randomUUID(), status, size);
    }

    @Test
    void aNewcomerWhoFitsWhileNobodyWaitsAwaitsApproval() {
        assertThat(list.admit(List.of(place("APPROVED", 2), place("REJECTED", 9)), 3))
                .isEqualTo("PENDING");
    }

    @Test
    void aNewcomerWaitsWhenItDoesNotFitOrSomeoneIsAlreadyWaiting() {
        assertThat(list.admit(List.of(place("PENDING", 3)), 3)).isEqualTo("WAITING");
        assertThat(list.admit(List.of(place("PENDING", 3), place("WAITING", 4)), 1))
                .as("one place is free, but someone is first in line")
                .isEqualTo("WAITING");
    }

    @Test
    void promotionFollowsArrivalAndStopsAtTheFirstWhoDoesNotFit() {
        Place first = place("WAITING", 2);
        Place big = place("WAITING", 3);
        Place small = place("WAITING", 1);
        assertThat(list.promote(List.of(place("APPROVED", 2), first, big, small)))
                .containsExactly(first.id())
                .as("the small later registration does not overtake the big one")
                .doesNotContain(small.id());
    }

    @Test
    void everyoneWhoFitsInOrderIsPromotedAtOnce() {
        Place a = place("WAITING", 2);
        Place b = place("WAITING", 2);
        Place c = place("WAITING", 2);
        assertThat(list.promote(List.of(place("WITHDRAWN", 5), a, b, c))).containsExactly(a.id(), b.id());
    }

    @Test
    void onlyPendingAndApprovedRegistrationsHoldPlaces() {
        assertThat(WaitingList.occupied(List.of(
                        place("PENDING", 1),
                        place("APPROVED", 2),
                        place("WAITING", 4),
                        place("REJECTED", 8),
                        place("WITHDRAWN", 16))))
                .isEqualTo(3);
        assertThat(list.hasRoomFor(List.of(place("APPROVED", 4)), 1)).isTrue();
        assertThat(list.hasRoomFor(List.of(place("APPROVED", 5)), 1)).isFalse();
    }
}
