package org.gsi.training.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.notifications.Readers;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.training.NominationId;
import org.gsi.training.internal.TraineeDataPolicy.Reader;
import org.gsi.training.internal.TrainingViews.NominationRequest;
import org.gsi.training.internal.TrainingViews.NominationView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's way from nomination through selection, enrolment and attendance to completion: each step loads the
 * course, lets it decide, saves it and publishes what it recorded.
 */
@Service
class NominationService {

    private static final String TYPE = "nomination";

    private final CourseStore store;
    private final PartyAttributes attributes;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TraineeDataPolicy policy = new TraineeDataPolicy();
    private final SecureRandom random = new SecureRandom();

    NominationService(
            CourseStore store,
            PartyAttributes attributes,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events) {
        this.store = store;
        this.attributes = attributes;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
    }

    /** A country's focal point nominates within the country's allocation, before the deadline, if eligible. */
    @Transactional
    NominationView nominate(Actor actor, UUID courseId, NominationRequest r) {
        actor.require(Permission.SPEAK_FOR_PARTY, actor.partyCode(), "nominate", "course", courseId.toString());
        Trainee trainee = trainee(r);
        Course course = load(courseId);
        NominationId id = TrainingRefusals.decide(
                course,
                "nominate",
                "course",
                courseId.toString(),
                () -> course.nominate(PartyCode.of(actor.partyCode()), trainee, LocalDate.now(), attributes));
        store.save(course);
        audit.record(
                actor,
                "nominate",
                TYPE,
                id.value().toString(),
                actor.partyCode(),
                "Nominated a candidate for " + course.details().topic());
        return view(course, course.nomination(id), Optional.of(actor));
    }

    @Transactional
    NominationView select(Actor actor, UUID nominationId, boolean selected) {
        String action = selected ? "select" : "decline";
        Step step = step(actor, nominationId, action, Permission.EDIT_PARTY_RECORDS);
        PartyCode by = PartyCode.of(actor.partyCode());
        TrainingRefusals.run(step.course(), action, TYPE, nominationId.toString(), () -> {
            if (selected) {
                step.course().select(by, step.id());
            } else {
                step.course().decline(by, step.id());
            }
        });
        String party = step.nomination().nominatingParty().value();
        Course course = step.course();
        store.save(course);
        audit.record(
                actor,
                action,
                TYPE,
                nominationId.toString(),
                party,
                (selected ? "Selected" : "Did not select") + " a candidate of " + party);
        notifications.toPartyFocalPoints(
                party,
                Notice.of(
                        "nomination-" + (selected ? "selected" : "declined"),
                        "/training/courses/" + course.id().value(),
                        Readers.everyone(),
                        course.details().topic()));
        return view(course, step.nomination(), Optional.of(actor));
    }

    @Transactional
    NominationView enrol(Actor actor, UUID nominationId) {
        Step step = step(actor, nominationId, "enrol", Permission.SPEAK_FOR_PARTY);
        TrainingRefusals.run(
                step.course(),
                "enrol",
                TYPE,
                nominationId.toString(),
                () -> step.course().confirmEnrolment(PartyCode.of(actor.partyCode()), step.id()));
        return saved(actor, step, "enrol", "Confirmed the enrolment");
    }

    @Transactional
    NominationView withdraw(Actor actor, UUID nominationId) {
        Step step = step(actor, nominationId, "withdraw", Permission.SPEAK_FOR_PARTY);
        TrainingRefusals.run(
                step.course(),
                "withdraw",
                TYPE,
                nominationId.toString(),
                () -> step.course().withdraw(PartyCode.of(actor.partyCode()), step.id()));
        return saved(actor, step, "withdraw", "Withdrew the nomination");
    }

    @Transactional
    NominationView attendance(Actor actor, UUID nominationId, int days) {
        if (days < 0) {
            throw new InvalidInputException("days", Message.of("training.refused.notNegative"));
        }
        Step step = step(actor, nominationId, "record-attendance", Permission.EDIT_PARTY_RECORDS);
        TrainingRefusals.run(
                step.course(),
                "record-attendance",
                TYPE,
                nominationId.toString(),
                () -> step.course().recordAttendance(PartyCode.of(actor.partyCode()), step.id(), days));
        return saved(actor, step, "record-attendance", days + " days attended");
    }

    /** Completes the course for the trainee, issues the certificate and counts one place toward the pledge once. */
    @Transactional
    NominationView complete(Actor actor, UUID nominationId) {
        Step step = step(actor, nominationId, "complete", Permission.EDIT_PARTY_RECORDS);
        CertificateCode code = CertificateCode.generate(random);
        TrainingRefusals.decide(
                step.course(),
                "complete",
                TYPE,
                nominationId.toString(),
                () -> step.course().complete(PartyCode.of(actor.partyCode()), step.id(), LocalDate.now(), code));
        NominationView view = saved(actor, step, "complete", "Course completed; certificate " + code.grouped());
        publish(step.course());
        return view;
    }

    /**
     * Publishes what the course recorded, in the transaction that stores it: a completion is counted toward the
     * linked pledge after commit ({@link PledgedPlaces}).
     */
    void publish(Course course) {
        course.pullEvents().forEach(events::publishEvent);
    }

    @Transactional(readOnly = true)
    List<NominationView> nominations(UUID courseId, Optional<Actor> reader) {
        Course course = store.read(courseId).orElseThrow(() -> new NotFoundException("course", courseId.toString()));
        return course.nominations().stream().map(n -> view(course, n, reader)).toList();
    }

    /** One nomination as {@code reader} may see it. */
    @Transactional(readOnly = true)
    NominationView nomination(Actor reader, UUID nominationId) {
        Course course = store.courseOf(nominationId)
                .flatMap(store::read)
                .orElseThrow(() -> new NotFoundException(TYPE, nominationId.toString()));
        return view(course, course.nomination(new NominationId(nominationId)), Optional.of(reader));
    }

    /**
     * What the reader's party may do with a course's nominations now, as the course answers it: the seats it still
     * has, why it may not nominate (if it may not), and which of its nominations it may withdraw.
     */
    @Transactional(readOnly = true)
    NominationChances chances(UUID courseId, Optional<Actor> reader) {
        Course course = store.read(courseId).orElseThrow(() -> new NotFoundException("course", courseId.toString()));
        if (reader.isEmpty() || !reader.get().can(Permission.SPEAK_FOR_PARTY)) {
            return new NominationChances(0, 0, Optional.empty(), java.util.Set.of());
        }
        PartyCode party = PartyCode.of(reader.get().partyCode());
        return new NominationChances(
                course.allocation().seatsFor(party),
                course.seatsRemaining(party),
                course.nominationRefusal(party, LocalDate.now(), attributes),
                course.nominations().stream()
                        .filter(n -> n.nominatingParty().equals(party) && n.mayBeWithdrawn())
                        .map(n -> n.id().value())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    /** See {@link #chances}. */
    record NominationChances(
            int allocated,
            int remaining,
            Optional<org.gsi.training.TrainingException> refusal,
            java.util.Set<UUID> withdrawable) {}

    /** What a step works on: the course, locked, and the nomination in it. */
    private record Step(Course course, NominationId id) {
        Nomination nomination() {
            return course.nomination(id);
        }
    }

    private Step step(Actor actor, UUID nominationId, String action, Permission permission) {
        actor.require(permission, actor.partyCode(), action, TYPE, nominationId.toString());
        Course course = store.courseOf(nominationId)
                .flatMap(store::load)
                .orElseThrow(() -> new NotFoundException(TYPE, nominationId.toString()));
        return new Step(course, new NominationId(nominationId));
    }

    private NominationView saved(Actor actor, Step step, String action, String summary) {
        store.save(step.course());
        audit.record(
                actor,
                action,
                TYPE,
                step.id().value().toString(),
                step.nomination().nominatingParty().value(),
                summary);
        return view(step.course(), step.nomination(), Optional.of(actor));
    }

    private Course load(UUID courseId) {
        return store.load(courseId).orElseThrow(() -> new NotFoundException("course", courseId.toString()));
    }

    NominationView view(Course course, Nomination n, Optional<Actor> reader) {
        Optional<Trainee> trainee = policy.traineeFor(Reader.of(reader), course, n);
        return new NominationView(
                n.id().value(),
                course.id().value(),
                n.nominatingParty().value(),
                n.status().name().toLowerCase(Locale.ROOT),
                n.daysAttended(),
                n.completedOn().orElse(null),
                trainee.map(Trainee::name).orElse(null),
                trainee.map(Trainee::function).orElse(null),
                trainee.map(Trainee::contact).orElse(null),
                trainee.map(Trainee::language).orElse(null),
                trainee.flatMap(t -> n.certificate())
                        .map(CertificateCode::grouped)
                        .orElse(null),
                trainee.isPresent(),
                n.trainee().isAnonymised());
    }

    private static Trainee trainee(NominationRequest r) {
        if (r == null || r.name() == null || r.name().isBlank()) {
            throw new InvalidInputException("name", Message.of("training.refused.candidateName"));
        }
        return new Trainee(r.name().strip(), trim(r.function()), trim(r.contact()), trim(r.language()));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
