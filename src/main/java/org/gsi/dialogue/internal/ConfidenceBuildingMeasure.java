package org.gsi.dialogue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.dialogue.CbmDimension;
import org.gsi.dialogue.DialogueEvent;
import org.gsi.dialogue.MeasureId;
import org.gsi.dialogue.MeasureOverdue;
import org.gsi.dialogue.TrackId;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A confidence-building measure agreed in a track or chosen from the catalogue, carried out by its
 * implementing parties between a start and a due date. It is implemented once every implementing
 * party reported its part complete, and flagged overdue once when the due date passes before that.
 */
final class ConfidenceBuildingMeasure {

    private final MeasureId id;
    private final Optional<TrackId> track;
    private final Optional<String> catalogueCode;
    private final CbmDimension dimension;
    private final String title;
    private final Set<PartyCode> implementingParties;
    private final LocalDate start;
    private final LocalDate due;
    private final List<ImplementationReport> reports = new ArrayList<>();
    private final List<DialogueEvent> events = new ArrayList<>();
    private MeasureStatus status = MeasureStatus.PLANNED;
    private boolean flaggedOverdue;

    private ConfidenceBuildingMeasure(
            MeasureId id,
            Optional<TrackId> track,
            Optional<String> catalogueCode,
            CbmDimension dimension,
            String title,
            Set<PartyCode> implementingParties,
            LocalDate start,
            LocalDate due) {
        if (title == null || title.isBlank() || implementingParties.isEmpty()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.measure"));
        }
        if (start == null || due == null || due.isBefore(start)) {
            throw new InvalidTrackException(Message.of("dialogue.refused.schedule"));
        }
        this.id = Objects.requireNonNull(id, "measure id");
        this.track = track;
        this.catalogueCode = catalogueCode;
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.title = title.strip();
        this.implementingParties = Collections.unmodifiableSet(new TreeSet<>(implementingParties));
        this.start = start;
        this.due = due;
    }

    static ConfidenceBuildingMeasure agreed(
            MeasureId id,
            Optional<TrackId> track,
            CbmDimension dimension,
            String title,
            Set<PartyCode> implementingParties,
            LocalDate start,
            LocalDate due) {
        return new ConfidenceBuildingMeasure(
                id, track, Optional.empty(), dimension, title, implementingParties, start, due);
    }

    static ConfidenceBuildingMeasure fromCatalogue(
            MeasureId id,
            Optional<TrackId> track,
            CatalogueEntry entry,
            Set<PartyCode> implementingParties,
            LocalDate start,
            LocalDate due) {
        return new ConfidenceBuildingMeasure(
                id,
                track,
                Optional.of(entry.code()),
                entry.dimension(),
                entry.title(),
                implementingParties,
                start,
                due);
    }

    void report(Delegate actor, PartyCode party, LocalDate on, String text, boolean partComplete) {
        FocalPointPolicy.requireOwnFocalPoint(actor, party);
        if (!implementingParties.contains(party)) {
            throw new NotAnImplementingPartyException(
                    Message.of("dialogue.refused.notImplementing", String.valueOf(party), title));
        }
        if (text == null || text.isBlank()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.report"));
        }
        reports.add(new ImplementationReport(party, on, text.strip(), partComplete));
        status = partiesComplete().containsAll(implementingParties)
                ? MeasureStatus.IMPLEMENTED
                : MeasureStatus.IN_PROGRESS;
    }

    private Set<PartyCode> partiesComplete() {
        Set<PartyCode> complete = new TreeSet<>();
        reports.stream().filter(ImplementationReport::partComplete).forEach(r -> complete.add(r.party()));
        return complete;
    }

    boolean isOverdue(LocalDate today) {
        return status != MeasureStatus.IMPLEMENTED && today.isAfter(due);
    }

    /** Flags the measure the first time it is found overdue, recording {@link MeasureOverdue}. */
    boolean checkOverdue(LocalDate today) {
        if (!isOverdue(today) || flaggedOverdue) {
            return false;
        }
        flaggedOverdue = true;
        events.add(new MeasureOverdue(id, title, implementingParties, due));
        return true;
    }

    List<DialogueEvent> drainEvents() {
        List<DialogueEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    MeasureId id() {
        return id;
    }

    Optional<TrackId> track() {
        return track;
    }

    Optional<String> catalogueCode() {
        return catalogueCode;
    }

    CbmDimension dimension() {
        return dimension;
    }

    String title() {
        return title;
    }

    Set<PartyCode> implementingParties() {
        return implementingParties;
    }

    LocalDate start() {
        return start;
    }

    LocalDate due() {
        return due;
    }

    MeasureStatus status() {
        return status;
    }

    boolean isFlaggedOverdue() {
        return flaggedOverdue;
    }

    List<ImplementationReport> reports() {
        return Collections.unmodifiableList(reports);
    }
}
