package org.gsi.training.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.commitments.PartyAttributes;
import org.gsi.commitments.PartyCode;
import org.gsi.training.CountryDemand;
import org.gsi.training.CourseId;
import org.gsi.training.IneligibleCountryException;
import org.gsi.training.NominationDeadlinePassedException;
import org.gsi.training.NominationId;
import org.gsi.training.NominationNotFoundException;
import org.gsi.training.NominationOverAllocationException;
import org.gsi.training.NominationStateException;
import org.gsi.training.NotTheNominatingPartyException;
import org.gsi.training.NotTheProviderException;
import org.gsi.training.SeatAllocation;
import org.gsi.training.TraineeCompletedCourse;

/** A course: its seat allocation and the nominations through to completion. */
final class Course {

    private final CourseId id;
    private final CourseDetails details;
    private SeatAllocation allocation;
    private final Map<NominationId, Nomination> nominations = new LinkedHashMap<>();
    private final List<Object> events = new ArrayList<>();

    Course(CourseId id, CourseDetails details) {
        this.id = id;
        this.details = details;
        this.allocation = SeatAllocation.none(details.seats(), details.seats());
    }

    /** Allocates the seats among the eligible countries in the demands; the others are left out. */
    SeatAllocation allocate(List<CountryDemand> demands, int capPerCountry, PartyAttributes attributes) {
        List<CountryDemand> eligible = demands.stream()
                .filter(d -> details.eligibility().covers(d.party(), attributes))
                .toList();
        allocation = new SeatAllocationPolicy().allocate(details.seats(), capPerCountry, eligible);
        return allocation;
    }

    NominationId nominate(PartyCode party, Trainee trainee, LocalDate today, PartyAttributes attributes) {
        if (!details.eligibility().covers(party, attributes)) {
            throw new IneligibleCountryException(party, details.eligibility().describe());
        }
        if (today.isAfter(details.nominationDeadline())) {
            throw new NominationDeadlinePassedException(details.nominationDeadline(), today);
        }
        int allocated = allocation.seatsFor(party);
        long held = nominations.values().stream()
                .filter(n -> n.nominatingParty().equals(party) && n.status().holdsASeat())
                .count();
        if (held >= allocated) {
            throw new NominationOverAllocationException(party, allocated);
        }
        Nomination nomination = new Nomination(NominationId.random(), party, trainee);
        nominations.put(nomination.id(), nomination);
        return nomination.id();
    }

    void withdraw(PartyCode party, NominationId id) {
        Nomination nomination = ownNomination(party, id);
        if (nomination.status() == NominationStatus.COMPLETED) {
            throw new NominationStateException("A completed nomination cannot be withdrawn");
        }
        nomination.move(nomination.status(), NominationStatus.WITHDRAWN);
    }

    void select(PartyCode actor, NominationId id) {
        requireProvider(actor);
        nomination(id).move(NominationStatus.NOMINATED, NominationStatus.SELECTED);
    }

    void decline(PartyCode actor, NominationId id) {
        requireProvider(actor);
        nomination(id).move(NominationStatus.NOMINATED, NominationStatus.NOT_SELECTED);
    }

    void confirmEnrolment(PartyCode party, NominationId id) {
        ownNomination(party, id).move(NominationStatus.SELECTED, NominationStatus.ENROLLED);
    }

    void recordAttendance(PartyCode actor, NominationId id, int days) {
        requireProvider(actor);
        nomination(id).attended(days);
    }

    /** Completes the trainee's course; a nomination completes once, so it counts once. */
    TraineeCompletedCourse complete(PartyCode actor, NominationId id, LocalDate on) {
        requireProvider(actor);
        Nomination nomination = nomination(id);
        nomination.complete(on);
        TraineeCompletedCourse completed = new TraineeCompletedCourse(
                this.id, id, details.provider(), nomination.nominatingParty(), details.pledge(), on);
        events.add(completed);
        return completed;
    }

    /** Anonymises every trainee once the retention period after the course's end has passed. */
    int anonymiseAfter(Period retention, LocalDate today) {
        if (!today.isAfter(details.end().plus(retention))) {
            return 0;
        }
        List<Nomination> pending = nominations.values().stream()
                .filter(n -> !n.trainee().isAnonymised())
                .toList();
        pending.forEach(Nomination::anonymise);
        return pending.size();
    }

    private void requireProvider(PartyCode actor) {
        if (!actor.equals(details.provider())) {
            throw new NotTheProviderException(actor, details.provider());
        }
    }

    private Nomination ownNomination(PartyCode party, NominationId id) {
        Nomination nomination = nomination(id);
        if (!nomination.nominatingParty().equals(party)) {
            throw new NotTheNominatingPartyException(party, nomination.nominatingParty());
        }
        return nomination;
    }

    Nomination nomination(NominationId id) {
        return Optional.ofNullable(nominations.get(id)).orElseThrow(() -> new NominationNotFoundException(id));
    }

    List<Nomination> nominations() {
        return List.copyOf(nominations.values());
    }

    CourseId id() {
        return id;
    }

    CourseDetails details() {
        return details;
    }

    SeatAllocation allocation() {
        return allocation;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
