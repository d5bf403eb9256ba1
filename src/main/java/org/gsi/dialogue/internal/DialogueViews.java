package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.registry.PartyCode;

/** What the API and the pages show of tracks and measures. */
final class DialogueViews {

    private DialogueViews() {}

    record TrackSummaryView(
            UUID id,
            String subject,
            String format,
            List<String> parties,
            String visibility,
            String mediator,
            boolean demo,
            long version,
            Instant updatedAt) {
        static TrackSummaryView of(TrackHead h) {
            return new TrackSummaryView(
                    h.id(),
                    h.subject(),
                    code(h.format().name()),
                    h.parties(),
                    code(h.visibility().name()),
                    h.mediator().orElse(null),
                    h.demo(),
                    h.version(),
                    h.updatedAt());
        }
    }

    record TrackView(
            UUID id,
            String subject,
            String format,
            List<String> parties,
            String relatedTo,
            String visibility,
            String ownerParty,
            String mediator,
            boolean demo,
            long version,
            Instant openedAt,
            List<MediationView> mediations,
            List<SessionView> sessions) {}

    record ResponseView(String party, boolean accepted, String reason, Instant at) {}

    record MediationView(
            String mediatorParty,
            String person,
            String role,
            String status,
            String proposedBy,
            Instant proposedAt,
            List<ResponseView> responses,
            List<String> awaiting,
            Instant appointedAt,
            ResponseView ended) {}

    record MinutesView(
            String text, String draftedBy, List<String> approvals, List<String> awaiting, Instant approvedAt) {}

    record ActionView(int number, String description, String owner, LocalDate due, LocalDate doneOn, boolean overdue) {}

    record SessionView(
            int number,
            LocalDate date,
            String venue,
            boolean online,
            List<String> participants,
            List<String> agenda,
            MinutesView minutes,
            List<ActionView> actions) {}

    record TimelineEntryView(Instant at, String kind, String summary, List<String> details) {}

    record MeasureView(
            UUID id,
            UUID trackId,
            String catalogueCode,
            String dimension,
            String title,
            List<String> implementingParties,
            LocalDate start,
            LocalDate due,
            String status,
            boolean overdue,
            boolean flaggedOverdue,
            String visibility,
            boolean demo,
            List<ReportView> reports) {}

    record ReportView(String party, LocalDate on, String text, boolean partComplete) {}

    static TrackView of(TrackHead h, DialogueTrack t, LocalDate today) {
        List<MediationView> mediations =
                t.mediations().stream().map(m -> mediation(m, h.parties())).toList();
        List<SessionView> sessions = new ArrayList<>();
        for (Session s : t.sessions()) {
            sessions.add(session(s, h.parties(), today));
        }
        return new TrackView(
                h.id(),
                h.subject(),
                code(h.format().name()),
                h.parties(),
                h.relatedTo().orElse(null),
                code(h.visibility().name()),
                h.ownerParty(),
                t.appointedMediator().map(m -> m.describe()).orElse(null),
                h.demo(),
                h.version(),
                h.openedAt(),
                mediations,
                sessions);
    }

    private static MediationView mediation(Mediation m, List<String> parties) {
        List<ResponseView> responses = m.responses().values().stream()
                .map(r -> new ResponseView(r.party().value(), r.accepted(), r.reason(), r.at()))
                .toList();
        List<String> awaiting = m.status() == Mediation.Status.PROPOSED
                ? parties.stream()
                        .filter(p -> !m.responses().containsKey(PartyCode.of(p)))
                        .toList()
                : List.of();
        return new MediationView(
                m.mediator().party().value(),
                m.mediator().person(),
                code(m.role().name()),
                code(m.status().name()),
                m.proposedBy().value(),
                m.proposedAt(),
                responses,
                awaiting,
                m.appointedAt().orElse(null),
                m.ending()
                        .map(r -> new ResponseView(r.party().value(), false, r.reason(), r.at()))
                        .orElse(null));
    }

    private static SessionView session(Session s, List<String> parties, LocalDate today) {
        MinutesView minutes = s.minutes()
                .map(m -> new MinutesView(
                        m.text(),
                        m.draftedBy().value(),
                        m.approvals().stream().map(PartyCode::value).toList(),
                        parties.stream()
                                .filter(p -> !m.approvals().contains(PartyCode.of(p)))
                                .toList(),
                        m.approvedAt().orElse(null)))
                .orElse(null);
        List<ActionView> actions = new ArrayList<>();
        for (int i = 0; i < s.actions().size(); i++) {
            FollowUpAction a = s.actions().get(i);
            actions.add(new ActionView(
                    i + 1,
                    a.description(),
                    a.owner().value(),
                    a.due(),
                    a.doneOn().orElse(null),
                    a.isOverdue(today)));
        }
        return new SessionView(
                s.number(),
                s.date(),
                s.venue().describe(),
                s.venue().online(),
                s.participants().stream().map(PartyCode::value).sorted().toList(),
                s.agenda(),
                minutes,
                actions);
    }

    static MeasureView measure(MeasureHead h, ConfidenceBuildingMeasure m, LocalDate today) {
        return new MeasureView(
                h.id(),
                h.track().orElse(null),
                h.catalogueCode().orElse(null),
                code(h.dimension().name()),
                h.title(),
                h.implementing(),
                h.startsOn(),
                h.dueOn(),
                code(m.status().name()),
                m.isOverdue(today),
                h.overdueFlagged(),
                code(h.visibility().name()),
                h.demo(),
                m.reports().stream()
                        .map(r -> new ReportView(r.party().value(), r.reportedOn(), r.text(), r.partComplete()))
                        .toList());
    }

    static List<TimelineEntryView> timeline(DialogueTrack t, List<ConfidenceBuildingMeasure> measures) {
        return Timeline.of(t, measures).stream()
                .map(e -> new TimelineEntryView(e.at(), code(e.kind().name()), e.summary(), e.details()))
                .toList();
    }

    static String code(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
