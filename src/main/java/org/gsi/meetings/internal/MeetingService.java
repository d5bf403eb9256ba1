package org.gsi.meetings.internal;

import static org.gsi.meetings.internal.MeetingInput.require;
import static org.gsi.meetings.internal.MeetingInput.time;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingViews.MeetingChange;
import org.gsi.meetings.internal.MeetingViews.MeetingRequest;
import org.gsi.meetings.internal.MeetingViews.MeetingView;
import org.gsi.meetings.internal.MeetingViews.OutcomeRequest;
import org.gsi.meetings.internal.MeetingViews.SessionRequest;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.gsi.platform.WebAddresses;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings themselves: convening, rescheduling, cancelling, the programme and the outcome record. A meeting
 * is public, or restricted to its organiser, the invited parties and the secretariat; a restricted meeting
 * is "not found" for everyone else.
 */
@Service
class MeetingService {

    static final String SECRETARIAT = "gsi-secretariat";

    private final MeetingStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;

    MeetingService(MeetingStore store, Registry registry, AuditLog audit, Notifications notifications) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    List<MeetingView> list(String series, String party, String reader) {
        return store.list(series == null ? "" : series, party == null ? "" : party, reader, 0, 500).stream()
                .map(this::view)
                .toList();
    }

    /** One page of the list in the order {@code paging} chose from {@code columns} (name to SQL). */
    @Transactional(readOnly = true)
    PageView<MeetingView> list(
            String series, String party, String reader, Paging paging, java.util.Map<String, String> columns) {
        String s = series == null ? "" : series.strip();
        String p = party == null ? "" : party.strip();
        List<MeetingView> items =
                store.list(s, p, reader, paging.offset(), paging.size(), paging.orderBy(columns, null)).stream()
                        .map(this::view)
                        .toList();
        return new PageView<>(items, paging.page(), paging.size(), store.count(s, p, reader));
    }

    @Transactional(readOnly = true)
    MeetingView get(UUID id, String reader) {
        return view(readable(id, reader));
    }

    /** Who may convene a meeting: a user who edits their own party's records; the party becomes the organiser. */
    static boolean mayConvene(Actor actor) {
        return actor.can(Permission.EDIT_PARTY_RECORDS);
    }

    static void requireConvener(Actor actor) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", "meeting", null);
    }

    /** A mechanism's meetings are convened by its current members, the mechanism itself or the secretariat. */
    private void requireMemberOf(Actor actor, PartySummary series) {
        if (series.kind() == PartyKind.FORUM
                || actor.partyCode().equals(SECRETARIAT)
                || actor.partyCode().equals(series.code())
                || registry.currentMembers(series.code()).contains(actor.partyCode())) {
            return;
        }
        throw new ForbiddenException(
                "Only members of " + series.code() + " (or the secretariat) convene its meetings; " + actor.partyCode()
                        + " is not a current member.",
                "create",
                "meeting",
                null,
                series.code());
    }

    @Transactional
    MeetingView create(Actor actor, MeetingRequest r) {
        requireConvener(actor);
        PartySummary series = registry.find(r.series() == null ? "" : r.series().strip())
                .filter(p -> p.kind() == PartyKind.FORUM || p.kind() == PartyKind.ORGANISATION)
                .orElseThrow(() -> new InvalidInputException("series", Message.of("meetings.refused.series")));
        requireMemberOf(actor, series);
        require(r.title() != null && !r.title().isBlank(), "title", Message.of("meetings.refused.title"));
        ZoneId zone = MeetingInput.zone(r.timeZone());
        OffsetDateTime start = time("start", r.start(), zone);
        OffsetDateTime end = time("end", r.end(), zone);
        require(end.isAfter(start), "end", Message.of("meetings.refused.end"));
        require(r.capacity() != null && r.capacity() > 0, "capacity", Message.of("meetings.refused.capacity"));
        MeetingRow row = row(actor, r, series, zone, start, end);
        store.insert(row);
        audit.record(actor, "create", "meeting", row.id().toString(), row.organiser(), "Convened " + row.title());
        return view(row(row.id()));
    }

    private MeetingRow row(
            Actor actor, MeetingRequest r, PartySummary series, ZoneId zone, OffsetDateTime start, OffsetDateTime end) {
        String kind = series.kind() == PartyKind.FORUM ? "FORUM" : "MECHANISM";
        List<String> invited = r.invited() == null || r.invited().isEmpty()
                ? (kind.equals("MECHANISM") ? registry.currentMembers(series.code()) : List.of())
                : r.invited().stream().map(c -> party("invited", c)).distinct().toList();
        return new MeetingRow(
                UUID.randomUUID(),
                actor.partyCode(),
                series.code(),
                kind,
                r.title().strip(),
                start,
                end,
                zone.getId(),
                r.venue() == null ? "" : r.venue().strip(),
                WebAddresses.check("onlineUrl", r.onlineUrl()).orElse(null),
                r.languages() == null ? List.of() : r.languages(),
                r.capacity(),
                invited,
                false,
                0,
                null,
                null,
                null,
                false,
                0,
                visibility(r.visibility()));
    }

    private static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.PARTICIPANTS;
        }
        Visibility v = Visibility.parse(value);
        require(v != Visibility.OWNER, "visibility", Message.of("meetings.refused.visibility"));
        return v;
    }

    @Transactional
    MeetingView change(Actor actor, UUID id, String ifMatch, MeetingChange c) {
        MeetingRow m = organised(actor, id, "reschedule");
        Versions.check(ifMatch, "meeting", id.toString(), m.version());
        requireOpen(m);
        ZoneId zone = ZoneId.of(m.timeZone());
        OffsetDateTime start = c.start() == null ? m.start() : time("start", c.start(), zone);
        OffsetDateTime end = c.end() == null ? m.end() : time("end", c.end(), zone);
        require(end.isAfter(start), "end", Message.of("meetings.refused.end"));
        if (!store.change(id, m.version(), start, end, c.venue() == null ? m.venue() : c.venue(), false)) {
            throw new StaleVersionException("meeting", id.toString(), m.version() + 1);
        }
        audit.record(actor, "reschedule", "meeting", id.toString(), m.organiser(), "Changed the time or place");
        return view(row(id));
    }

    @Transactional
    MeetingView cancel(Actor actor, UUID id) {
        MeetingRow m = organised(actor, id, "cancel");
        requireOpen(m);
        store.change(id, m.version(), m.start(), m.end(), m.venue(), true);
        audit.record(actor, "cancel", "meeting", id.toString(), m.organiser(), "Cancelled " + m.title());
        store.registrations(id).stream()
                .filter(r -> !r.status().equals("REJECTED") && !r.status().equals("WITHDRAWN"))
                .forEach(r -> notifications.toPartyFocalPoints(
                        r.party(), Notice.of("meeting-cancelled", "/meetings/" + id, m::readableBy, m.title())));
        return view(row(id));
    }

    @Transactional
    SessionView addSession(Actor actor, UUID id, SessionRequest r) {
        MeetingRow m = organised(actor, id, "add-session");
        requireOpen(m);
        require(r.title() != null && !r.title().isBlank(), "title", Message.of("meetings.refused.sessionTitle"));
        ZoneId zone = ZoneId.of(m.timeZone());
        SessionView s = new SessionView(
                UUID.randomUUID(),
                r.title().strip(),
                time("start", r.start(), zone),
                time("end", r.end(), zone),
                r.room() == null ? "" : r.room(),
                r.speakers() == null ? List.of() : r.speakers());
        require(s.end().isAfter(s.start()), "end", Message.of("meetings.refused.end"));
        store.insertSession(id, s);
        store.bumpSequence(id);
        audit.record(actor, "add-session", "meeting", id.toString(), m.organiser(), "Programme: " + s.title());
        return s;
    }

    @Transactional
    MeetingView recordOutcome(Actor actor, UUID id, OutcomeRequest r) {
        MeetingRow m = organised(actor, id, "record-outcome");
        if (m.cancelled() || OffsetDateTime.now().isBefore(m.end())) {
            throw new ConflictException(Message.of("meetings.conflict.outcome"));
        }
        store.outcome(id, r.documents(), r.commitments(), r.followUp());
        audit.record(actor, "record-outcome", "meeting", id.toString(), m.organiser(), "Outcome recorded");
        return view(row(id));
    }

    MeetingView view(MeetingRow m) {
        return new MeetingView(
                m.id(),
                m.organiser(),
                m.series(),
                registry.find(m.series()).map(PartySummary::name).orElse(m.series()),
                m.seriesKind().toLowerCase(Locale.ROOT),
                m.title(),
                m.start(),
                m.end(),
                m.timeZone(),
                m.venue(),
                m.onlineUrl(),
                m.languages(),
                m.capacity(),
                WaitingList.occupied(DelegationService.places(store.registrations(m.id()))),
                m.invited(),
                m.cancelled(),
                m.sequence(),
                m.outcomeDocuments(),
                m.outcomeCommitments(),
                m.outcomeFollowUp(),
                m.demo(),
                m.version(),
                store.sessions(m.id()),
                m.visibility().name().toLowerCase(Locale.ROOT));
    }

    /** The meeting if {@code reader} (a party code, empty when anonymous) may see it; otherwise not found. */
    MeetingRow readable(UUID id, String reader) {
        return store.find(id)
                .filter(m -> m.readableBy(reader))
                .orElseThrow(() -> new NotFoundException("meeting", id.toString()));
    }

    /** The meeting, after checking that the actor may see it and acts for its organiser. */
    MeetingRow organised(Actor actor, UUID id, String action) {
        MeetingRow m = readable(id, actor.partyCode());
        actor.require(Permission.EDIT_PARTY_RECORDS, m.organiser(), action, "meeting", id.toString());
        return m;
    }

    static void requireOpen(MeetingRow m) {
        if (m.cancelled()) {
            throw new ConflictException(Message.of("meetings.conflict.cancelled"));
        }
    }

    private MeetingRow row(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("meeting", id.toString()));
    }

    private String party(String field, String code) {
        return registry.find(code.strip())
                .map(PartySummary::code)
                .orElseThrow(() -> new InvalidInputException(field, Message.of("form.refused.noParty", code.strip())));
    }
}
