package org.gsi.training.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.BeneficiaryRule;
import org.gsi.commitments.Commitments;
import org.gsi.commitments.PartyAttributes;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeSummary;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.gsi.training.CountryDemand;
import org.gsi.training.CourseId;
import org.gsi.training.IneligibleCountryException;
import org.gsi.training.NominationDeadlinePassedException;
import org.gsi.training.NominationId;
import org.gsi.training.NominationOverAllocationException;
import org.gsi.training.SeatAllocation;
import org.gsi.training.TraineeCompletedCourse;
import org.gsi.training.internal.TrainingViews.CourseRequest;
import org.gsi.training.internal.TrainingViews.CourseView;
import org.gsi.training.internal.TrainingViews.NominationRequest;
import org.gsi.training.internal.TrainingViews.NominationView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses, seat allocation and nominations through completion, persisted, with access checks and audit. */
@Service
class TrainingService {

    static final String SECRETARIAT = "gsi-secretariat";

    private final CourseStore store;
    private final CourseRequests requests;
    private final PartyAttributes attributes;
    private final Commitments commitments;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();

    TrainingService(
            CourseStore store,
            CourseRequests requests,
            PartyAttributes attributes,
            Commitments commitments,
            Registry registry,
            AuditLog audit,
            Notifications notifications) {
        this.store = store;
        this.requests = requests;
        this.attributes = attributes;
        this.commitments = commitments;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    PageView<CourseView> list(int page, int size) {
        PageView.checkPaging(page, size);
        return new PageView<>(
                store.list(page * size, size).stream().map(this::view).toList(), page, size, store.count());
    }

    @Transactional(readOnly = true)
    CourseView get(UUID id) {
        return view(course(id));
    }

    @Transactional
    CourseView create(Actor actor, CourseRequest request) {
        CourseRow row = requests.newCourse(actor.partyCode(), request);
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                row.organiser(),
                "create",
                "course",
                row.id().toString());
        if (row.pledge() != null) {
            PledgeSummary pledge = commitments
                    .find(new PledgeId(row.pledge()), actor.partyCode())
                    .filter(p -> p.pledger().value().equals(actor.partyCode()))
                    .orElseThrow(
                            () -> new InvalidInputException("pledge", "link the course to a pledge of your own party"));
            if (!pledge.unit().equals(org.gsi.commitments.PledgeUnit.trainingPlaces())) {
                throw new InvalidInputException("pledge", "the pledge must count training places");
            }
        }
        store.insert(row);
        audit.record(
                actor, "create", "course", row.id().toString(), row.organiser(), "Announced course " + row.topic());
        return get(row.id());
    }

    /** A country asks for seats; the eligibility rule is checked, and requests close with nominations. */
    @Transactional
    void requestSeats(Actor actor, UUID courseId, int seats) {
        CourseRow course = course(courseId);
        actor.require(Permission.SPEAK_FOR_PARTY, actor.partyCode(), "request-seats", "course", courseId.toString());
        checkEligibleAndOpen(course, actor.partyCode());
        if (seats < 0) {
            throw new InvalidInputException("seats", "must be 0 or more");
        }
        store.demand(courseId, actor.partyCode(), seats);
        audit.record(
                actor,
                "request-seats",
                "course",
                courseId.toString(),
                course.organiser(),
                actor.partyCode() + " asked for " + seats + " seats");
    }

    /** Shares the seats among the eligible countries that asked, by the documented rule. */
    @Transactional
    SeatAllocation allocate(Actor actor, UUID courseId) {
        CourseRow course = course(courseId);
        requireRunner(actor, course, "allocate");
        SeatAllocation allocation = compute(course);
        store.replaceShares(courseId, allocation.shares());
        audit.record(
                actor,
                "allocate",
                "course",
                courseId.toString(),
                course.organiser(),
                "Allocated " + allocation.allocated() + " of " + course.seats() + " seats among "
                        + allocation.shares().size() + " countries");
        allocation
                .shares()
                .forEach(s -> notifications.toPartyFocalPoints(
                        s.party().value(),
                        new Notice(
                                "seats-allocated",
                                s.seats() + " seats in " + course.topic(),
                                s.reason(),
                                "/training/courses/" + courseId)));
        return allocation;
    }

    SeatAllocation compute(CourseRow course) {
        BeneficiaryRule rule = requests.rule(course);
        List<CountryDemand> demands = store.demands(course.id()).entrySet().stream()
                .filter(e -> rule.covers(PartyCode.of(e.getKey()), attributes))
                .map(e -> new CountryDemand(PartyCode.of(e.getKey()), e.getValue(), priority(PartyCode.of(e.getKey()))))
                .toList();
        return new SeatAllocationPolicy().allocate(course.seats(), course.capPerCountry(), demands);
    }

    /** LDCs and SIDS have priority; one registry look-up per country. */
    private boolean priority(PartyCode party) {
        return registry.find(party.value()).map(p -> p.ldc() || p.sids()).orElse(false);
    }

    @Transactional
    NominationView nominate(Actor actor, UUID courseId, NominationRequest r) {
        CourseRow course = course(courseId);
        String party = actor.partyCode();
        actor.require(Permission.SPEAK_FOR_PARTY, party, "nominate", "course", courseId.toString());
        checkEligibleAndOpen(course, party);
        int allocated = store.shares(courseId).stream()
                .filter(s -> s.party().value().equals(party))
                .mapToInt(org.gsi.training.SeatShare::seats)
                .sum();
        if (store.seatsHeld(courseId, party) >= allocated) {
            throw new ConflictException(
                    new NominationOverAllocationException(PartyCode.of(party), allocated).getMessage());
        }
        if (r == null || r.name() == null || r.name().isBlank()) {
            throw new InvalidInputException("name", "give the candidate's name");
        }
        NominationRow row = new NominationRow(
                UUID.randomUUID(),
                courseId,
                party,
                r.name().strip(),
                trim(r.function()),
                trim(r.contact()),
                trim(r.language()),
                NominationStatus.NOMINATED,
                0,
                null,
                null,
                false);
        store.insert(row);
        audit.record(
                actor,
                "nominate",
                "nomination",
                row.id().toString(),
                party,
                "Nominated a candidate for " + course.topic());
        return view(row, course, actor);
    }

    private void checkEligibleAndOpen(CourseRow course, String party) {
        BeneficiaryRule rule = requests.rule(course);
        if (!rule.covers(PartyCode.of(party), attributes)) {
            throw new ForbiddenException(
                    new IneligibleCountryException(PartyCode.of(party), rule.describe()).getMessage());
        }
        if (LocalDate.now().isAfter(course.nominationDeadline())) {
            throw new ConflictException(
                    new NominationDeadlinePassedException(course.nominationDeadline(), LocalDate.now()).getMessage());
        }
    }

    @Transactional
    NominationView select(Actor actor, UUID nominationId, boolean selected) {
        NominationRow n = nomination(nominationId);
        CourseRow course = course(n.course());
        requireRunner(actor, course, selected ? "select" : "decline");
        move(n, NominationStatus.NOMINATED, selected ? NominationStatus.SELECTED : NominationStatus.NOT_SELECTED);
        audit.record(
                actor,
                selected ? "select" : "decline",
                "nomination",
                nominationId.toString(),
                n.party(),
                (selected ? "Selected" : "Did not select") + " a candidate of " + n.party());
        notifications.toPartyFocalPoints(
                n.party(),
                new Notice(
                        "nomination-" + (selected ? "selected" : "declined"),
                        course.topic(),
                        selected
                                ? "Your candidate was selected; confirm the enrolment."
                                : "Your candidate was not selected.",
                        "/training/courses/" + course.id()));
        return view(nomination(nominationId), course, actor);
    }

    @Transactional
    NominationView enrol(Actor actor, UUID nominationId) {
        NominationRow n = nomination(nominationId);
        actor.require(Permission.SPEAK_FOR_PARTY, n.party(), "enrol", "nomination", nominationId.toString());
        move(n, NominationStatus.SELECTED, NominationStatus.ENROLLED);
        audit.record(actor, "enrol", "nomination", nominationId.toString(), n.party(), "Confirmed the enrolment");
        return view(nomination(nominationId), course(n.course()), actor);
    }

    @Transactional
    NominationView withdraw(Actor actor, UUID nominationId) {
        NominationRow n = nomination(nominationId);
        actor.require(Permission.SPEAK_FOR_PARTY, n.party(), "withdraw", "nomination", nominationId.toString());
        if (n.status() == NominationStatus.COMPLETED || !n.status().holdsASeat()) {
            throw new ConflictException(
                    "A " + n.status().name().toLowerCase(Locale.ROOT) + " nomination cannot be withdrawn");
        }
        move(n, n.status(), NominationStatus.WITHDRAWN);
        audit.record(actor, "withdraw", "nomination", nominationId.toString(), n.party(), "Withdrew the nomination");
        return view(nomination(nominationId), course(n.course()), actor);
    }

    @Transactional
    NominationView attendance(Actor actor, UUID nominationId, int days) {
        NominationRow n = nomination(nominationId);
        CourseRow course = course(n.course());
        requireRunner(actor, course, "record-attendance");
        if (n.status() != NominationStatus.ENROLLED) {
            throw new ConflictException("Attendance is recorded for enrolled trainees only; this one is " + n.status());
        }
        if (days < 0) {
            throw new InvalidInputException("days", "must be 0 or more");
        }
        store.attended(nominationId, days);
        audit.record(
                actor, "record-attendance", "nomination", nominationId.toString(), n.party(), days + " days attended");
        return view(nomination(nominationId), course, actor);
    }

    /** Completes the course for the trainee, issues the certificate and counts one place toward the pledge once. */
    @Transactional
    NominationView complete(Actor actor, UUID nominationId) {
        NominationRow n = nomination(nominationId);
        CourseRow course = course(n.course());
        requireRunner(actor, course, "complete");
        if (n.daysAttended() == 0) {
            throw new ConflictException("A trainee with no recorded attendance cannot complete the course");
        }
        LocalDate today = LocalDate.now();
        String code = CertificateCode.generate(random).grouped();
        if (!store.complete(nominationId, today, code)) {
            throw new ConflictException("Only an enrolled trainee completes; this one is " + n.status());
        }
        audit.record(
                actor,
                "complete",
                "nomination",
                nominationId.toString(),
                n.party(),
                "Course completed; certificate " + code);
        countTowardPledge(course, n, today);
        return view(nomination(nominationId), course, actor);
    }

    private void countTowardPledge(CourseRow course, NominationRow n, LocalDate on) {
        if (course.pledge() == null) {
            return;
        }
        TraineeCompletedCourse completed = new TraineeCompletedCourse(
                new CourseId(course.id()),
                new NominationId(n.id()),
                PartyCode.of(course.provider()),
                PartyCode.of(n.party()),
                java.util.Optional.of(new PledgeId(course.pledge())),
                on);
        new PledgeDeliveryTranslator()
                .delivery(completed, PartyCode.of(course.organiser()))
                .ifPresent(d -> commitments.recordObserved(new PledgeId(course.pledge()), d, "training"));
    }

    @Transactional(readOnly = true)
    List<NominationView> nominations(UUID courseId, java.util.Optional<Actor> reader) {
        CourseRow course = course(courseId);
        return store.nominations(courseId).stream()
                .map(n -> view(n, course, reader.orElse(null)))
                .toList();
    }

    @Transactional
    int anonymiseExpired(java.time.Period retention, String operator) {
        int done = store.anonymise(LocalDate.now().minus(retention));
        if (done > 0) {
            audit.recordSystem(operator, "anonymise", "nomination", "*", done + " trainees anonymised after retention");
        }
        return done;
    }

    /** Whether the reader may see the trainee's personal data: nominating party, course runner, secretariat. */
    static boolean maySeePersonalData(Actor reader, CourseRow course, NominationRow n) {
        if (reader == null) {
            return false;
        }
        String party = reader.partyCode();
        return party.equals(SECRETARIAT) || party.equals(n.party()) || course.runBy(party);
    }

    NominationView view(NominationRow n, CourseRow course, Actor reader) {
        boolean shown = maySeePersonalData(reader, course, n);
        return new NominationView(
                n.id(),
                n.course(),
                n.party(),
                n.status().name().toLowerCase(Locale.ROOT),
                n.daysAttended(),
                n.completedOn(),
                shown ? n.name() : null,
                shown ? n.function() : null,
                shown ? n.contact() : null,
                shown ? n.language() : null,
                shown ? n.certificateCode() : null,
                shown);
    }

    CourseView view(CourseRow c) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return new CourseView(
                c.id(),
                c.organiser(),
                c.provider(),
                registry.find(c.provider()).map(p -> p.name(lang)).orElse(c.provider()),
                c.topic(),
                c.priorityAreas(),
                c.start(),
                c.end(),
                c.language(),
                c.modality().toLowerCase(Locale.ROOT),
                c.seats(),
                c.capPerCountry(),
                c.eligibility(),
                c.eligibleParties(),
                c.nominationDeadline(),
                c.pledge(),
                c.allocated(),
                store.completed(c.id()),
                c.demo());
    }

    private void move(NominationRow n, NominationStatus from, NominationStatus to) {
        if (!store.move(n.id(), from, to)) {
            throw new ConflictException("The nomination is " + n.status().name().toLowerCase(Locale.ROOT)
                    + "; it must be " + from.name().toLowerCase(Locale.ROOT) + " to become "
                    + to.name().toLowerCase(Locale.ROOT));
        }
    }

    static void requireRunner(Actor actor, CourseRow course, String action) {
        String party = course.runBy(actor.partyCode()) ? actor.partyCode() : course.organiser();
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                party,
                action,
                "course",
                course.id().toString());
    }

    CourseRow course(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("course", id.toString()));
    }

    NominationRow nomination(UUID id) {
        return store.nomination(id).orElseThrow(() -> new NotFoundException("nomination", id.toString()));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
