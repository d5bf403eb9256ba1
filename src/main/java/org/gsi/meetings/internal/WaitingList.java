package org.gsi.meetings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Places at a meeting, counted in persons. A registration that fits while nobody waits gets its places pending
 * approval; otherwise it joins the waiting list. When places free up, the list is promoted strictly in order of
 * arrival: the first in line is promoted when it fits, and no later registration overtakes it.
 */
final class WaitingList {

    static final Set<String> HOLDING = Set.of("PENDING", "APPROVED");

    /** One registration as the policy sees it, in order of arrival. */
    record Place(UUID id, String status, int size) {}

    private final int capacity;

    WaitingList(int capacity) {
        this.capacity = capacity;
    }

    /** The status of a newcomer of {@code size} persons: PENDING when it fits and nobody waits, else WAITING. */
    String admit(List<Place> all, int size) {
        boolean someoneWaits = all.stream().anyMatch(p -> p.status().equals("WAITING"));
        return !someoneWaits && occupied(all) + size <= capacity ? "PENDING" : "WAITING";
    }

    /** Whether {@code more} persons can join a registration that already holds places. */
    boolean hasRoomFor(List<Place> all, int more) {
        return occupied(all) + more <= capacity;
    }

    /** The waiting registrations to promote, first in line first, stopping at the first that does not fit. */
    List<UUID> promote(List<Place> all) {
        int occupied = occupied(all);
        List<UUID> promoted = new ArrayList<>();
        for (Place p : all) {
            if (!p.status().equals("WAITING")) {
                continue;
            }
            if (occupied + p.size() > capacity) {
                break;
            }
            promoted.add(p.id());
            occupied += p.size();
        }
        return promoted;
    }

    static int occupied(List<Place> all) {
        return all.stream()
                .filter(p -> HOLDING.contains(p.status()))
                .mapToInt(Place::size)
                .sum();
    }
}
