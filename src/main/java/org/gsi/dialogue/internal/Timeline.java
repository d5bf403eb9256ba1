package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /**
     * One moment of the track; {@code details} are the names, texts and numbers the summary is made of, so a page
     * can word the entry in its own language (message {@code dialogue.timeline.<kind>}).
     */
    record Entry(Instant at, Kind kind, String summary, List<String> details) {}

    /** The English wording of each kind, {0}, {1}… being the entry's details. */
    private static final Map<Kind, String> WORDING = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.TRACK_OPENED, "Track opened: {0}"),
            Map.entry(Kind.MEDIATOR_PROPOSED, "{0} proposed {1} as {2}"),
            Map.entry(Kind.MEDIATOR_ACCEPTED, "{0} accepted {1}"),
            Map.entry(Kind.MEDIATOR_DECLINED, "{0} declined {1}: {2}"),
            Map.entry(Kind.MEDIATOR_APPOINTED, "{0} appointed"),
            Map.entry(Kind.MEDIATION_ENDED, "Mediation by {0} ended by {1}: {2}"),
            Map.entry(Kind.SESSION_HELD, "Session {0} ({1}): {2}"),
            Map.entry(Kind.MINUTES_APPROVED, "Minutes of session {0} approved"),
            Map.entry(Kind.ACTION_DUE, "{0} to {1} (due)"),
            Map.entry(Kind.ACTION_DONE, "{0} did: {1}"),
            Map.entry(Kind.MEASURE_STARTED, "Measure starts: {0}"),
            Map.entry(Kind.MEASURE_REPORTED, "{0} reported on {1}: {2}"),
            Map.entry(Kind.MEASURE_DUE, "Measure due: {0}")));

    private Timeline() {}

    private static Entry entry(Instant at, Kind kind, String... details) {
        String summary = WORDING.get(kind);
        for (int i = 0; i < details.length; i++) {
            summary = summary.replace("{" + i + "}", details[i]);
        }
        return new Entry(at, kind, summary, List.of(details));
    }

    static List<Entry> of(DialogueTrack track, List<ConfidenceBuildingMeasure> measures) {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(track.openedAt(), Kind.TRACK_OPENED, track.subject()));
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
        entries.add(entry(
                mediation.proposedAt(),
                Kind.MEDIATOR_PROPOSED,
                String.valueOf(mediation.proposedBy()),
                who,
                mediation.role().name().toLowerCase(java.util.Locale.ROOT)));
        for (Mediation.Response response : mediation.responses().values()) {
            entries.add(
                    response.accepted()
                            ? entry(response.at(), Kind.MEDIATOR_ACCEPTED, String.valueOf(response.party()), who)
                            : entry(
                                    response.at(),
                                    Kind.MEDIATOR_DECLINED,
                                    String.valueOf(response.party()),
                                    who,
                                    response.reason()));
        }
        mediation.appointedAt().ifPresent(at -> entries.add(entry(at, Kind.MEDIATOR_APPOINTED, who)));
        mediation
                .ending()
                .ifPresent(end -> entries.add(
                        entry(end.at(), Kind.MEDIATION_ENDED, who, String.valueOf(end.party()), end.reason())));
    }

    private static void addSession(List<Entry> entries, Session session) {
        String number = String.valueOf(session.number());
        entries.add(entry(
                dayOf(session.date()),
                Kind.SESSION_HELD,
                number,
                session.venue().describe(),
                String.join("; ", session.agenda())));
        session.minutes()
                .flatMap(Minutes::approvedAt)
                .ifPresent(at -> entries.add(entry(at, Kind.MINUTES_APPROVED, number)));
        for (FollowUpAction action : session.actions()) {
            String owner = String.valueOf(action.owner());
            entries.add(entry(dayOf(action.due()), Kind.ACTION_DUE, owner, action.description()));
            action.doneOn()
                    .ifPresent(on -> entries.add(entry(dayOf(on), Kind.ACTION_DONE, owner, action.description())));
        }
    }

    private static void addMeasure(List<Entry> entries, ConfidenceBuildingMeasure measure) {
        entries.add(entry(dayOf(measure.start()), Kind.MEASURE_STARTED, measure.title()));
        for (ImplementationReport report : measure.reports()) {
            entries.add(entry(
                    dayOf(report.reportedOn()),
                    Kind.MEASURE_REPORTED,
                    String.valueOf(report.party()),
                    measure.title(),
                    report.text()));
        }
        entries.add(entry(dayOf(measure.due()), Kind.MEASURE_DUE, measure.title()));
    }

    private static Instant dayOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
