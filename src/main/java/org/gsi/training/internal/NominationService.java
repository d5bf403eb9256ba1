package org.gsi.training.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.Commitments;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.NominationOverAllocationException;
import org.gsi.training.SeatShare;
import org.gsi.training.TraineeCompletedCourse;
import org.gsi.training.internal.TrainingViews.NominationRequest;
import org.gsi.training.internal.TrainingViews.NominationView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trainee's way from nomination through selection, enrolment and attendance to completion. */
@Service
class NominationService {

    private final CourseStore store;
    private final CourseRequests requests;
    private final Commitments commitments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();

    NominationService(
            CourseStore store,
            CourseRequests requests,
            Commitments commitments,
            AuditLog audit,
            Notifications notifications) {
        this.store = store;
        this.requests = requests;
        this.commitments = commitments;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** A country's focal point nominates within the country's allocation, before the deadline, if eligible. */
    @Transactional
    NominationView nominate(Actor actor, UUID courseId, NominationRequest r) {
        CourseRow course = course(courseId);
        String party = actor.partyCode();
        actor.require(Permission.SPEAK_FOR_PARTY, party, "nominate", "course", courseId.toString());
        requests.requireEligibleAndOpen(course, party);
        int allocated = store.shares(courseId).stream()
                .filter(s -> s.party().value().equals(party))
                .mapToInt(SeatShare::seats)
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

    @Transactional
    NominationView select(Actor actor, UUID nominationId, boolean selected) {
        NominationRow n = nomination(nominationId);
        CourseRow course = course(n.course());
        TraineeAccess.requireRunner(actor, course, selected ? "select" : "decline");
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
        TraineeAccess.requireRunner(actor, course, "record-attendance");
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
        TraineeAccess.requireRunner(actor, course, "complete");
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
                Optional.of(new PledgeId(course.pledge())),
                on);
        new PledgeDeliveryTranslator()
                .delivery(completed, PartyCode.of(course.organiser()))
                .ifPresent(d -> commitments.recordObserved(new PledgeId(course.pledge()), d, "training"));
    }

    @Transactional(readOnly = true)
    List<NominationView> nominations(UUID courseId, Optional<Actor> reader) {
        CourseRow course = course(courseId);
        return store.nominations(courseId).stream()
                .map(n -> view(n, course, reader.orElse(null)))
                .toList();
    }

    static NominationView view(NominationRow n, CourseRow course, Actor reader) {
        boolean shown = TraineeAccess.maySeePersonalData(reader, course, n) && !n.anonymised();
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
                shown,
                n.anonymised());
    }

    private void move(NominationRow n, NominationStatus from, NominationStatus to) {
        if (!store.move(n.id(), from, to)) {
            throw new ConflictException("The nomination is " + n.status().name().toLowerCase(Locale.ROOT)
                    + "; it must be " + from.name().toLowerCase(Locale.ROOT) + " to become "
                    + to.name().toLowerCase(Locale.ROOT));
        }
    }

    private CourseRow course(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("course", id.toString()));
    }

    private NominationRow nomination(UUID id) {
        return store.nomination(id).orElseThrow(() -> new NotFoundException("nomination", id.toString()));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
