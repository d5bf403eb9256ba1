package org.gsi.training.internal;

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
import org.gsi.commitments.PledgeUnit;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.registry.Registry;
import org.gsi.training.CountryDemand;
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
            if (!pledge.unit().equals(PledgeUnit.trainingPlaces())) {
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
        requests.requireEligibleAndOpen(course, actor.partyCode());
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

    /**
     * Shares the seats among the eligible countries that asked, by the documented rule, if {@code ifMatch} names the
     * course's current version: of two runners allocating at once, one allocation is made and the other is refused.
     */
    @Transactional
    SeatAllocation allocate(Actor actor, UUID courseId, String ifMatch) {
        long version = version(courseId);
        CourseRow course = course(courseId);
        TraineeAccess.requireRunner(actor, course, "allocate");
        Versions.check(ifMatch, "course", courseId.toString(), version);
        store.advance(courseId, version);
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
