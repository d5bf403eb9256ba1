package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The record of a track in time order: opening, every mediator proposal and answer, appointment
 * and end, sessions, approved minutes, follow-up actions, and its measures with their reports.
 * Events known only by a date are placed at the start of that day (UTC).
 */
final class Timeline {

    enum Kind {
        TRACK_OPENED,
        MEDIATOR_PROPOSED,
        MEDIATOR_ACCEPTED,
        MEDIATOR_DECLINED,
        MEDIATOR_APPOINTED,
        MEDIATION_ENDED,
        SESSION_HELD,
        MINUTES_APPROVED,
        MEASURE_STARTED,
        MEASURE_REPORTED,
        ACTION_DONE,
        ACTION_DUE,
        MEASURE_DUE
    }

    record Entry(Instant at, Kind kind, String summary) {}

    private Timeline() {}

    static List<Entry> of(DialogueTrack track, List<ConfidenceBuildingMeasure> measures) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(track.openedAt(), Kind.TRACK_OPENED, "Track opened: " + track.subject()));
        track.mediations().forEach(m -> addMediation(entries, m));
        track.sessions().forEach(s -> addSession(entries, s));
        measures.stream()
                .filter(m -> m.track().filter(track.id()::equals).isPresent())
                .forEach(m -> addMeasure(entries, m));
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::kind));
        return List.copyOf(entries);
    }

    private static void addMediation(List<Entry> entries, Mediation mediation) {
        String who = mediation.mediator().describe();
        entries.add(new Entry(
                mediation.proposedAt(),
                Kind.MEDIATOR_PROPOSED,
                mediation.proposedBy() + " proposed " + who + " as "
                        + mediation.role().name().toLowerCase()));
        for (Mediation.Response response : mediation.responses().values()) {
            entries.add(
                    response.accepted()
                            ? new Entry(response.at(), Kind.MEDIATOR_ACCEPTED, response.party() + " accepted " + who)
                            : new Entry(
                                    response.at(),
                                    Kind.MEDIATOR_DECLINED,
                                    response.party() + " declined " + who + ": " + response.reason()));
        }
        mediation
                .appointedAt()
                .ifPresent(at -> entries.add(new Entry(at, Kind.MEDIATOR_APPOINTED, who + " appointed")));
        mediation
                .ending()
                .ifPresent(end -> entries.add(new Entry(
                        end.at(),
                        Kind.MEDIATION_ENDED,
                        "Mediation by " + who + " ended by " + end.party() + ": " + end.reason())));
    }

    private static void addSession(List<Entry> entries, Session session) {
        entries.add(new Entry(
                dayOf(session.date()),
                Kind.SESSION_HELD,
                "Session " + session.number() + " (" + session.venue().describe() + "): "
                        + String.join("; ", session.agenda())));
        session.minutes()
                .flatMap(Minutes::approvedAt)
                .ifPresent(at -> entries.add(
                        new Entry(at, Kind.MINUTES_APPROVED, "Minutes of session " + session.number() + " approved")));
        for (FollowUpAction action : session.actions()) {
            entries.add(new Entry(
                    dayOf(action.due()), Kind.ACTION_DUE, action.owner() + " to " + action.description() + " (due)"));
            action.doneOn()
                    .ifPresent(on -> entries.add(
                            new Entry(dayOf(on), Kind.ACTION_DONE, action.owner() + " did: " + action.description())));
        }
    }

    private static void addMeasure(List<Entry> entries, ConfidenceBuildingMeasure measure) {
        entries.add(new Entry(dayOf(measure.start()), Kind.MEASURE_STARTED, "Measure starts: " + measure.title()));
        for (ImplementationReport report : measure.reports()) {
            entries.add(new Entry(
                    dayOf(report.reportedOn()),
                    Kind.MEASURE_REPORTED,
                    report.party() + " reported on " + measure.title() + ": " + report.text()));
        }
        entries.add(new Entry(dayOf(measure.due()), Kind.MEASURE_DUE, "Measure due: " + measure.title()));
    }

    private static Instant dayOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
