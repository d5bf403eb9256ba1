package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.dialogue.CbmDimension;
import org.gsi.dialogue.DialogueEvent;
import org.gsi.dialogue.MeasureId;
import org.gsi.dialogue.MeasureOverdue;
import org.gsi.dialogue.TrackId;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidence-building measures: agreed in a track or chosen from the catalogue, reported on by their implementing
 * parties only, and flagged once when overdue (a daily check that publishes {@link MeasureOverdue} and notifies).
 */
@Service
class MeasureService {

    static final String TYPE = "confidence-building-measure";

    private final DialogueStore store;
    private final DialogueService tracks;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;

    MeasureService(
            DialogueStore store,
            DialogueService tracks,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events) {
        this.store = store;
        this.tracks = tracks;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
    }

    record MeasureRequest(
            UUID trackId,
            String catalogueCode,
            String dimension,
            String title,
            List<String> implementingParties,
            LocalDate start,
            LocalDate due,
            String visibility) {}

    record ReportRequest(LocalDate on, String text, Boolean partComplete) {
        boolean complete() {
            return Boolean.TRUE.equals(partComplete);
        }
    }

    @Transactional
    MeasureHead create(Actor actor, MeasureRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", TYPE, null);
        TreeSet<String> implementing = new TreeSet<>();
        for (String p : r.implementingParties() == null ? List.<String>of() : r.implementingParties()) {
            implementing.add(tracks.requireParty("implementingParties", p));
        }
        Visibility visibility = r.visibility() == null ? Visibility.PARTICIPANTS : Visibility.parse(r.visibility());
        TreeSet<String> readers = new TreeSet<>(implementing);
        readers.add(actor.partyCode());
        if (r.trackId() != null) {
            TrackHead track = tracks.head(actor.partyCode(), r.trackId());
            if (!track.readers().contains(actor.partyCode())) {
                throw new ForbiddenException(
                        "Only the parties of a track agree its measures", "create", TYPE, null, track.ownerParty());
            }
            if (!track.readers().containsAll(implementing)) {
                throw new InvalidInputException("implementingParties", Message.of("dialogue.refused.measureParties"));
            }
            visibility = track.visibility();
            readers = new TreeSet<>(track.readers());
        } else if (!implementing.contains(actor.partyCode()) && !actor.can(Permission.MANAGE_REGISTRY)) {
            throw new InvalidInputException("implementingParties", Message.of("dialogue.refused.ownMeasure"));
        }
        ConfidenceBuildingMeasure measure = build(r, new MeasureId(UUID.randomUUID()), implementing);
        MeasureHead head = new MeasureHead(
                measure.id().value(),
                Optional.ofNullable(r.trackId()),
                measure.catalogueCode(),
                measure.dimension(),
                measure.title(),
                List.copyOf(implementing),
                measure.start(),
                measure.due(),
                measure.status(),
                false,
                visibility,
                actor.partyCode(),
                List.copyOf(readers),
                demo,
                0,
                Instant.now());
        store.insert(head);
        audit.record(
                actor,
                "create",
                TYPE,
                head.id().toString(),
                head.ownerParty(),
                "Measure \"" + head.title() + "\" by " + String.join(", ", implementing) + ", due " + head.dueOn());
        return head;
    }

    private static ConfidenceBuildingMeasure build(MeasureRequest r, MeasureId id, TreeSet<String> implementing) {
        java.util.Set<PartyCode> parties = new TreeSet<>();
        implementing.forEach(p -> parties.add(PartyCode.of(p)));
        Optional<TrackId> track = Optional.ofNullable(r.trackId()).map(TrackId::new);
        return DialogueErrors.translate(
                () -> {
                    if (r.catalogueCode() != null && !r.catalogueCode().isBlank()) {
                        CatalogueEntry entry = CbmCatalogue.find(
                                        r.catalogueCode().trim())
                                .orElseThrow(() -> new InvalidInputException(
                                        "catalogueCode",
                                        Message.of(
                                                "dialogue.refused.catalogue",
                                                r.catalogueCode().trim())));
                        return ConfidenceBuildingMeasure.fromCatalogue(id, track, entry, parties, r.start(), r.due());
                    }
                    return ConfidenceBuildingMeasure.agreed(
                            id, track, dimension(r.dimension()), r.title(), parties, r.start(), r.due());
                },
                "create",
                TYPE,
                null,
                null);
    }

    static CbmDimension dimension(String d) {
        try {
            return CbmDimension.valueOf(
                    d.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException("dimension", Message.of("dialogue.refused.dimension"));
        }
    }

    @Transactional(readOnly = true)
    PageView<MeasureHead> list(String reader, UUID track, boolean overdueOnly, int page, int size) {
        PageView.checkPaging(page, size);
        return store.measures(reader, track, overdueOnly, page, size);
    }

    @Transactional(readOnly = true)
    MeasureHead head(String reader, UUID id) {
        return store.findMeasure(id, false)
                .filter(m -> m.readableBy(reader))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
    }

    @Transactional(readOnly = true)
    ConfidenceBuildingMeasure measure(String reader, UUID id) {
        return rebuild(head(reader, id));
    }

    @Transactional
    MeasureHead report(Actor actor, UUID id, ReportRequest r) {
        MeasureHead head = store.findMeasure(id, true)
                .filter(m -> m.readableBy(actor.partyCode()))
                .orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
        ConfidenceBuildingMeasure measure = rebuild(head);
        Delegate by = new Delegate(PartyCode.of(actor.partyCode()), actor.can(Permission.SPEAK_FOR_PARTY));
        LocalDate on = r.on() == null ? LocalDate.now(ZoneOffset.UTC) : r.on();
        DialogueErrors.translate(
                () -> {
                    measure.report(by, by.party(), on, r.text(), r.complete());
                    return null;
                },
                "report",
                TYPE,
                id.toString(),
                head.ownerParty());
        ImplementationReport added = measure.reports().get(measure.reports().size() - 1);
        store.addReport(id, measure.reports().size(), added, actor.username(), Instant.now());
        store.updateMeasure(id, measure.status(), head.overdueFlagged(), head.version() + 1);
        audit.record(
                actor,
                "report",
                TYPE,
                id.toString(),
                head.ownerParty(),
                actor.partyCode() + " reported on \"" + head.title() + "\""
                        + (r.complete() ? " (its part complete)" : ""));
        return store.findMeasure(id, false).orElseThrow();
    }

    /** Every day: measures past due and not implemented are flagged once and their implementing parties told. */
    void dailyOverdueCheck() {
        checkOverdue(LocalDate.now(ZoneOffset.UTC));
    }

    @Transactional
    int checkOverdue(LocalDate today) {
        int flagged = 0;
        for (UUID id : store.newlyOverdue(today)) {
            MeasureHead head = store.findMeasure(id, true).orElseThrow();
            ConfidenceBuildingMeasure measure = rebuild(head);
            if (!measure.checkOverdue(today)) {
                continue;
            }
            store.updateMeasure(id, measure.status(), true, head.version() + 1);
            audit.recordSystem(
                    "platform",
                    "flag-overdue",
                    TYPE,
                    id.toString(),
                    "Measure \"" + head.title() + "\" overdue since " + head.dueOn());
            for (DialogueEvent event : measure.drainEvents()) {
                events.publishEvent(event);
            }
            head.implementing()
                    .forEach(p -> notifications.toPartyFocalPoints(
                            p,
                            Notice.of(
                                    "measure-overdue",
                                    "/dialogues/measures/" + id,
                                    head::readableBy,
                                    head.title(),
                                    head.dueOn())));
            flagged++;
        }
        return flagged;
    }

    ConfidenceBuildingMeasure rebuild(MeasureHead head) {
        java.util.Set<PartyCode> parties = new TreeSet<>();
        head.implementing().forEach(p -> parties.add(PartyCode.of(p)));
        MeasureId id = new MeasureId(head.id());
        Optional<TrackId> track = head.track().map(TrackId::new);
        ConfidenceBuildingMeasure measure = head.catalogueCode()
                .flatMap(CbmCatalogue::find)
                .map(e -> ConfidenceBuildingMeasure.fromCatalogue(id, track, e, parties, head.startsOn(), head.dueOn()))
                .orElseGet(() -> ConfidenceBuildingMeasure.agreed(
                        id, track, head.dimension(), head.title(), parties, head.startsOn(), head.dueOn()));
        if (head.overdueFlagged()) {
            measure.checkOverdue(head.dueOn().plusDays(1));
            measure.drainEvents();
        }
        for (DialogueStore.LoggedReport r : store.reports(head.id())) {
            PartyCode party = PartyCode.of(r.party());
            measure.report(new Delegate(party, true), party, r.on(), r.body(), r.partComplete());
        }
        return measure;
    }
}
