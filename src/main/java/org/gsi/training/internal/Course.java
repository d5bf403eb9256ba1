package org.gsi.training.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.training.CountryDemand;
import org.gsi.training.CourseId;
import org.gsi.training.IneligibleCountryException;
import org.gsi.training.NominationDeadlinePassedException;
import org.gsi.training.NominationId;
import org.gsi.training.NominationNotFoundException;
import org.gsi.training.NominationOverAllocationException;
import org.gsi.training.NotTheNominatingPartyException;
import org.gsi.training.NotTheProviderException;
import org.gsi.training.SeatAllocation;
import org.gsi.training.TraineeCompletedCourse;
import org.gsi.training.TrainingException;

/**
 * A course: the seats countries ask for, their allocation, and the nominations through to completion. Every path
 * that changes a course (pages, API, demo, retention) loads it, lets it decide, and saves it.
 */
final class Course {

    private final CourseId id;
    private final CourseDetails details;
    private final Map<PartyCode, Integer> demands = new TreeMap<>();
    private final Map<NominationId, Nomination> nominations = new java.util.LinkedHashMap<>();
    private final List<Object> events = new ArrayList<>();
    private Optional<SeatAllocation> allocation = Optional.empty();
    private boolean reallocated;

    private Course(CourseId id, CourseDetails details) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
    }

    /** A new course, open for seat requests until its nomination deadline. */
    static Course announce(CourseId id, CourseDetails details) {
        return new Course(id, details);
    }

    /** Rebuilds a stored course as it was saved, without recording any event; for loading only. */
    static Course restore(
            CourseId id,
            CourseDetails details,
            Map<PartyCode, Integer> demands,
            Optional<SeatAllocation> allocation,
            Collection<Nomination> nominations) {
        Course course = new Course(id, details);
        course.demands.putAll(demands);
        course.allocation = allocation;
        nominations.forEach(n -> course.nominations.put(n.id(), n));
        return course;
    }

    /** An eligible country asks for seats before the deadline; a new request replaces its earlier one. */
    void requestSeats(PartyCode party, int seats, LocalDate today, PartyAttributes attributes) {
        requireEligibleAndOpen(party, today, attributes);
        if (seats < 0) {
            throw new IllegalArgumentException("Requested seats cannot be negative: " + seats);
        }
        demands.put(party, seats);
    }

    /**
     * The organiser or provider shares the seats among the eligible countries that asked, by {@link
     * SeatAllocationPolicy}; LDCs and SIDS have priority.
     */
    SeatAllocation allocate(PartyCode actor, PartyAttributes attributes) {
        requireRunner(actor);
        List<CountryDemand> eligible = demands.entrySet().stream()
                .filter(d -> details.eligibility().covers(d.getKey(), attributes))
                .map(d -> new CountryDemand(d.getKey(), d.getValue(), hasPriority(d.getKey(), attributes)))
                .toList();
        SeatAllocation shared = new SeatAllocationPolicy().allocate(details.seats(), details.capPerCountry(), eligible);
        allocation = Optional.of(shared);
        reallocated = true;
        return shared;
    }

    private static boolean hasPriority(PartyCode party, PartyAttributes attributes) {
        return attributes.isIn(party, CountryGroup.LEAST_DEVELOPED)
                || attributes.isIn(party, CountryGroup.SMALL_ISLAND_DEVELOPING);
    }

    /** An eligible country nominates a candidate before the deadline and within its allocation. */
    NominationId nominate(PartyCode party, Trainee trainee, LocalDate today, PartyAttributes attributes) {
        Optional<TrainingException> refusal = nominationRefusal(party, today, attributes);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Nomination nomination = new Nomination(NominationId.random(), party, trainee);
        nominations.put(nomination.id(), nomination);
        return nomination.id();
    }

    /**
     * Why {@code party} may not nominate now, if it may not: not eligible, past the deadline, or every seat allocated
     * to it held by its nominations. The same answer {@link #nominate} acts on, so a page can say it before asking.
     */
    Optional<TrainingException> nominationRefusal(PartyCode party, LocalDate today, PartyAttributes attributes) {
        Optional<TrainingException> closed = closedTo(party, today, attributes);
        if (closed.isPresent()) {
            return closed;
        }
        if (seatsRemaining(party) == 0) {
            return Optional.of(
                    new NominationOverAllocationException(party, allocation().seatsFor(party)));
        }
        return Optional.empty();
    }

    /** The seats allocated to {@code party} that none of its nominations holds yet. */
    int seatsRemaining(PartyCode party) {
        long held = nominations.values().stream()
                .filter(n -> n.nominatingParty().equals(party) && n.status().holdsASeat())
                .count();
        return (int) Math.max(0, allocation().seatsFor(party) - held);
    }

    void withdraw(PartyCode party, NominationId id) {
        ownNomination(party, id).withdraw();
    }

    void select(PartyCode actor, NominationId id) {
        requireRunner(actor);
        nomination(id).move(NominationStatus.NOMINATED, NominationStatus.SELECTED);
    }

    void decline(PartyCode actor, NominationId id) {
        requireRunner(actor);
        nomination(id).move(NominationStatus.NOMINATED, NominationStatus.NOT_SELECTED);
    }

    void confirmEnrolment(PartyCode party, NominationId id) {
        ownNomination(party, id).move(NominationStatus.SELECTED, NominationStatus.ENROLLED);
    }

    void recordAttendance(PartyCode actor, NominationId id, int days) {
        requireRunner(actor);
        nomination(id).attended(days);
    }

    /** Completes the trainee's course and issues its certificate; a nomination completes once, so it counts once. */
    TraineeCompletedCourse complete(PartyCode actor, NominationId id, LocalDate on, CertificateCode code) {
        requireRunner(actor);
        Nomination nomination = nomination(id);
        nomination.complete(on, code);
        TraineeCompletedCourse completed = new TraineeCompletedCourse(
                this.id, id, details.provider(), nomination.nominatingParty(), details.pledge(), on);
        events.add(completed);
        return completed;
    }

    /** The certificate of a completed nomination; empty before completion. */
    Optional<Certificate> certificate(NominationId id) {
        Nomination n = nomination(id);
        return n.certificate()
                .map(code -> new Certificate(
                        code,
                        this.id,
                        id,
                        n.trainee().name(),
                        details.topic(),
                        details.provider(),
                        details.start(),
                        details.end(),
                        n.completedOn().orElseThrow()));
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

    boolean isRunBy(PartyCode party) {
        return details.runBy(party);
    }

    private void requireEligibleAndOpen(PartyCode party, LocalDate today, PartyAttributes attributes) {
        Optional<TrainingException> closed = closedTo(party, today, attributes);
        if (closed.isPresent()) {
            throw closed.get();
        }
    }

    /** Why the course takes no seat request or nomination from {@code party} today: not eligible, or too late. */
    private Optional<TrainingException> closedTo(PartyCode party, LocalDate today, PartyAttributes attributes) {
        if (!details.eligibility().covers(party, attributes)) {
            return Optional.of(
                    new IneligibleCountryException(party, details.eligibility().describe()));
        }
        if (today.isAfter(details.nominationDeadline())) {
            return Optional.of(new NominationDeadlinePassedException(details.nominationDeadline(), today));
        }
        return Optional.empty();
    }

    private void requireRunner(PartyCode actor) {
        if (!details.runBy(actor)) {
            throw new NotTheProviderException(actor, details.organiser(), details.provider());
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

    Map<PartyCode, Integer> demands() {
        return Map.copyOf(demands);
    }

    CourseId id() {
        return id;
    }

    CourseDetails details() {
        return details;
    }

    /** The seats as shared; none before the first allocation. */
    SeatAllocation allocation() {
        return allocation.orElseGet(() -> SeatAllocation.none(details.seats(), details.capPerCountry()));
    }

    boolean isAllocated() {
        return allocation.isPresent();
    }

    /** Whether the seats were shared again since the course was loaded. */
    boolean reallocated() {
        return reallocated;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
