package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.Commitments;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.PledgeUnit;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.notifications.Readers;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.registry.Registry;
import org.gsi.training.CourseId;
import org.gsi.training.SeatAllocation;
import org.gsi.training.internal.TrainingViews.CourseRequest;
import org.gsi.training.internal.TrainingViews.CourseView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses and the allocation of their seats, persisted, with access checks and audit. */
@Service
class TrainingService {

    private final CourseStore store;
    private final CourseRequests requests;
    private final PartyAttributes attributes;
    private final Commitments commitments;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;

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

    /** One page of courses in the order {@code paging} chose from {@code columns} (name to SQL). */
    @Transactional(readOnly = true)
    PageView<CourseView> list(Paging paging, java.util.Map<String, String> columns) {
        return new PageView<>(
                store.list(paging.offset(), paging.size(), paging.orderBy(columns, null)).stream()
                        .map(this::view)
                        .toList(),
                paging.page(),
                paging.size(),
                store.count());
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
                    .orElseThrow(() -> new InvalidInputException("pledge", Message.of("training.refused.ownPledge")));
            if (!pledge.unit().equals(PledgeUnit.trainingPlaces())) {
                throw new InvalidInputException("pledge", Message.of("training.refused.pledgeUnit"));
            }
        }
        announce(row);
        audit.record(
                actor, "create", "course", row.id().toString(), row.organiser(), "Announced course " + row.topic());
        return get(row.id());
    }

    /** Stores a new course once the course aggregate accepted its terms. */
    Course announce(CourseRow row) {
        Course course = Course.announce(new CourseId(row.id()), row.details());
        store.insert(row);
        return course;
    }

    /** A country asks for seats; the course checks eligibility and that requests are still open. */
    @Transactional
    void requestSeats(Actor actor, UUID courseId, int seats) {
        actor.require(Permission.SPEAK_FOR_PARTY, actor.partyCode(), "request-seats", "course", courseId.toString());
        if (seats < 0) {
            throw new InvalidInputException("seats", Message.of("training.refused.notNegative"));
        }
        Course course = load(courseId);
        TrainingRefusals.run(
                course,
                "request-seats",
                "course",
                courseId.toString(),
                () -> course.requestSeats(PartyCode.of(actor.partyCode()), seats, LocalDate.now(), attributes));
        store.save(course);
        audit.record(
                actor,
                "request-seats",
                "course",
                courseId.toString(),
                course.details().organiser().value(),
                actor.partyCode() + " asked for " + seats + " seats");
    }

    /**
     * The course's organiser or provider shares the seats among the eligible countries that asked, if {@code ifMatch}
     * names the course's version. The course is locked while it decides, so of two runners allocating at once with
     * one ETag, one allocation is made and the other is refused (412).
     */
    @Transactional
    SeatAllocation allocate(Actor actor, UUID courseId, String ifMatch) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "allocate", "course", courseId.toString());
        Course course = load(courseId);
        Versions.check(ifMatch, "course", courseId.toString(), version(courseId));
        SeatAllocation allocation = TrainingRefusals.decide(
                course,
                "allocate",
                "course",
                courseId.toString(),
                () -> course.allocate(PartyCode.of(actor.partyCode()), attributes));
        store.save(course);
        CourseDetails d = course.details();
        audit.record(
                actor,
                "allocate",
                "course",
                courseId.toString(),
                d.organiser().value(),
                "Allocated " + allocation.allocated() + " of " + d.seats() + " seats among "
                        + allocation.shares().size() + " countries");
        allocation
                .shares()
                .forEach(s -> notifications.toPartyFocalPoints(
                        s.party().value(),
                        Notice.of(
                                "seats-allocated",
                                "/training/courses/" + courseId,
                                Readers.everyone(),
                                s.seats(),
                                d.topic())));
        return allocation;
    }

    /** Whether the party runs the course (its organiser or provider): offers the runner's forms on the page. */
    @Transactional(readOnly = true)
    boolean runBy(UUID courseId, String party) {
        return store.read(courseId).map(c -> c.isRunBy(PartyCode.of(party))).orElse(false);
    }

    private Course load(UUID courseId) {
        return store.load(courseId).orElseThrow(() -> new NotFoundException("course", courseId.toString()));
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

    /** The course's version, for its entity tag. */
    long version(UUID id) {
        return store.version(id).orElseThrow(() -> new NotFoundException("course", id.toString()));
    }

    CourseRow course(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("course", id.toString()));
    }
}
