package org.gsi.meetings.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.commitments.PartyCode;
import org.gsi.meetings.CapacityExceededException;
import org.gsi.meetings.DuplicateRegistrationException;
import org.gsi.meetings.NotTheRegistrantException;
import org.gsi.meetings.RegistrationId;
import org.gsi.meetings.RegistrationNotFoundException;
import org.gsi.meetings.RegistrationStateException;

/**
 * Places at a meeting, counted in persons. A registration that fits while nobody waits gets a
 * place pending approval; otherwise it joins the waiting list. When places free up, the waiting
 * list is promoted strictly in order of arrival: the first in line is promoted when it fits, and
 * no later registration overtakes it.
 */
final class RegistrationDesk {

    private final int capacity;
    private final Map<RegistrationId, Registration> registrations = new LinkedHashMap<>();
    private final List<RegistrationId> waiting = new ArrayList<>();

    RegistrationDesk(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least one person");
        }
        this.capacity = capacity;
    }

    Registration register(Registration registration) {
        boolean alreadyIn = registrations.values().stream()
                .anyMatch(r -> r.registrant().equals(registration.registrant())
                        && r.status().isActive());
        if (alreadyIn) {
            throw new DuplicateRegistrationException(
                    registration.registrant() + " is already registered; change that registration instead");
        }
        if (waiting.isEmpty() && occupied() + registration.size() <= capacity) {
            registration.status(RegistrationStatus.PENDING);
        } else {
            registration.status(RegistrationStatus.WAITING);
            waiting.add(registration.id());
        }
        registrations.put(registration.id(), registration);
        return registration;
    }

    void approve(RegistrationId id) {
        Registration registration = get(id);
        if (registration.status() != RegistrationStatus.PENDING) {
            throw new RegistrationStateException(
                    "Only a pending registration can be approved; this one is " + registration.status());
        }
        registration.status(RegistrationStatus.APPROVED);
    }

    List<Registration> reject(RegistrationId id) {
        return leave(get(id), RegistrationStatus.REJECTED);
    }

    List<Registration> withdraw(PartyCode party, RegistrationId id) {
        return leave(own(party, id), RegistrationStatus.WITHDRAWN);
    }

    void addPerson(PartyCode party, RegistrationId id, Delegate delegate) {
        Registration registration = own(party, id);
        if (registration.status().holdsPlaces() && occupied() + 1 > capacity) {
            throw new CapacityExceededException(
                    "The meeting is full (" + capacity + " persons); " + delegate.name() + " cannot be added");
        }
        registration.add(delegate);
    }

    List<Registration> removePerson(PartyCode party, RegistrationId id, String name) {
        if (!own(party, id).remove(name)) {
            throw new RegistrationStateException(
                    name + " cannot be removed (not listed, or the last person; withdraw instead)");
        }
        return promote();
    }

    private List<Registration> leave(Registration registration, RegistrationStatus outcome) {
        if (!registration.status().isActive()) {
            throw new RegistrationStateException("The registration is already " + registration.status());
        }
        registration.status(outcome);
        waiting.remove(registration.id());
        return promote();
    }

    /** Promotes from the head of the waiting list while the head fits; returns those promoted. */
    private List<Registration> promote() {
        List<Registration> promoted = new ArrayList<>();
        while (!waiting.isEmpty() && occupied() + get(waiting.get(0)).size() <= capacity) {
            Registration next = get(waiting.remove(0));
            next.status(RegistrationStatus.PENDING);
            promoted.add(next);
        }
        return promoted;
    }

    int occupied() {
        return registrations.values().stream()
                .filter(r -> r.status().holdsPlaces())
                .mapToInt(Registration::size)
                .sum();
    }

    Registration get(RegistrationId id) {
        return Optional.ofNullable(registrations.get(id))
                .orElseThrow(() -> new RegistrationNotFoundException("No registration " + id.value()));
    }

    private Registration own(PartyCode party, RegistrationId id) {
        Registration registration = get(id);
        if (!registration.registrant().equals(party)) {
            throw new NotTheRegistrantException(
                    "Only " + registration.registrant() + " changes its registration; " + party + " cannot");
        }
        return registration;
    }

    List<Registration> all() {
        return List.copyOf(registrations.values());
    }

    List<RegistrationId> waitingList() {
        return List.copyOf(waiting);
    }

    int capacity() {
        return capacity;
    }
}
