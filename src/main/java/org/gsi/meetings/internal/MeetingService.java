package org.gsi.meetings.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingStore.Registration;
import org.gsi.meetings.internal.MeetingViews.DelegationRequest;
import org.gsi.meetings.internal.MeetingViews.DelegationView;
import org.gsi.meetings.internal.MeetingViews.MeetingChange;
import org.gsi.meetings.internal.MeetingViews.MeetingRequest;
import org.gsi.meetings.internal.MeetingViews.MeetingView;
import org.gsi.meetings.internal.MeetingViews.OutcomeRequest;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.meetings.internal.MeetingViews.SessionRequest;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their delegations. Places are counted in persons; a delegation that fits while nobody waits
 * gets its places pending approval, otherwise it joins the waiting list, which is promoted strictly in order
 * of arrival whenever places free up.
 */
@Service
class MeetingService {

    static final String SECRETARIAT = "gsi-secretariat";
    static final Set<String> HOLDING = Set.of("PENDING", "APPROVED");

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
    List<MeetingView> list(String series, String party) {
        return store.list(series == null ? "" : series, party == null ? "" : party, 0, 500).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    MeetingView get(UUID id) {
        return view(meeting(id));
    }

    @Transactional
    MeetingView create(Actor actor, MeetingRequest r) {
        PartySummary series = registry.find(r.series() == null ? "" : r.series().strip())
                .filter(p -> p.kind() == PartyKind.FORUM || p.kind() == PartyKind.ORGANISATION)
                .orElseThrow(() ->
                        new InvalidInputException("series", "name the mechanism or forum the meeting belongs to"));
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", "meeting", null);
        require(r.title() != null && !r.title().isBlank(), "title", "give the meeting's title");
        ZoneId zone = zone(r.timeZone());
        OffsetDateTime start = time("start", r.start(), zone);
        OffsetDateTime end = time("end", r.end(), zone);
        require(end.isAfter(start), "end", "must be after the start");
        require(r.capacity() != null && r.capacity() > 0, "capacity", "at least one person");
        String kind = series.kind() == PartyKind.FORUM ? "FORUM" : "MECHANISM";
        List<String> invited = r.invited() == null || r.invited().isEmpty()
                ? (kind.equals("MECHANISM") ? registry.currentMembers(series.code()) : List.of())
                : r.invited().stream().map(c -> party("invited", c)).distinct().toList();
        MeetingRow row = new MeetingRow(
                UUID.randomUUID(),
                actor.partyCode(),
                series.code(),
                kind,
                r.title().strip(),
                start,
                end,
                zone.getId(),
                r.venue() == null ? "" : r.venue().strip(),
                r.onlineUrl(),
                r.languages() == null ? List.of() : r.languages(),
                r.capacity(),
                invited,
                false,
                0,
                null,
                null,
                null,
                false,
                0);
        store.insert(row);
        audit.record(actor, "create", "meeting", row.id().toString(), row.organiser(), "Convened " + row.title());
        return get(row.id());
    }

    @Transactional
    MeetingView change(Actor actor, UUID id, String ifMatch, MeetingChange c) {
        MeetingRow m = organised(actor, id, "reschedule");
        Versions.check(ifMatch, "meeting", id.toString(), m.version());
        requireOpen(m);
        ZoneId zone = ZoneId.of(m.timeZone());
        OffsetDateTime start = c.start() == null ? m.start() : time("start", c.start(), zone);
        OffsetDateTime end = c.end() == null ? m.end() : time("end", c.end(), zone);
        require(end.isAfter(start), "end", "must be after the start");
        if (!store.change(id, m.version(), start, end, c.venue() == null ? m.venue() : c.venue(), false)) {
            throw new StaleVersionException("meeting", id.toString(), m.version() + 1);
        }
        audit.record(actor, "reschedule", "meeting", id.toString(), m.organiser(), "Changed the time or place");
        return get(id);
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
                        r.party(),
                        new Notice("meeting-cancelled", m.title(), "The meeting was cancelled.", "/meetings/" + id)));
        return get(id);
    }

    @Transactional
    SessionView addSession(Actor actor, UUID id, SessionRequest r) {
        MeetingRow m = organised(actor, id, "add-session");
        requireOpen(m);
        require(r.title() != null && !r.title().isBlank(), "title", "give the session's title");
        ZoneId zone = ZoneId.of(m.timeZone());
        SessionView s = new SessionView(
                UUID.randomUUID(),
                r.title().strip(),
                time("start", r.start(), zone),
                time("end", r.end(), zone),
                r.room() == null ? "" : r.room(),
                r.speakers() == null ? List.of() : r.speakers());
        require(s.end().isAfter(s.start()), "end", "must be after the start");
        store.insertSession(id, s);
        audit.record(actor, "add-session", "meeting", id.toString(), m.organiser(), "Programme: " + s.title());
        return s;
    }

    /** Registers the actor's party's delegation: pending approval if it fits, otherwise on the waiting list. */
    @Transactional
    DelegationView register(Actor actor, UUID id, DelegationRequest r) {
        MeetingRow m = meeting(id);
        String party = actor.partyCode();
        actor.require(Permission.EDIT_PARTY_RECORDS, party, "register", "meeting", id.toString());
        requireOpen(m);
        if (!m.isForum() && !m.invited().contains(party) && !party.equals(m.organiser())) {
            throw new ForbiddenException(party + " is not invited to " + m.title());
        }
        List<PersonRequest> people = people(r);
        store.lock(id);
        List<Registration> all = store.registrations(id);
        if (all.stream().anyMatch(x -> x.party().equals(party) && active(x))) {
            throw new ConflictException(party + " is already registered; change that registration instead");
        }
        boolean someoneWaits = all.stream().anyMatch(x -> x.status().equals("WAITING"));
        String status = !someoneWaits && occupied(all) + people.size() <= m.capacity() ? "PENDING" : "WAITING";
        UUID rid = UUID.randomUUID();
        store.insertRegistration(rid, id, party, status, r.credentials());
        for (int i = 0; i < people.size(); i++) {
            store.insertDelegate(rid, people.get(i).name().strip(), function(people.get(i)), i == 0);
        }
        audit.record(
                actor,
                "register",
                "delegation",
                rid.toString(),
                m.organiser(),
                party + " registered " + people.size() + " persons (" + status.toLowerCase(Locale.ROOT) + ")");
        return delegation(store.registration(rid).orElseThrow(), m, actor);
    }

    private static List<PersonRequest> people(DelegationRequest r) {
        require(
                r != null
                        && r.head() != null
                        && r.head().name() != null
                        && !r.head().name().isBlank(),
                "head",
                "name the head of delegation");
        List<PersonRequest> people = new ArrayList<>();
        people.add(r.head());
        if (r.members() != null) {
            people.addAll(r.members());
        }
        Set<String> names = new HashSet<>();
        for (PersonRequest p : people) {
            require(p.name() != null && !p.name().isBlank(), "members", "every member needs a name");
            if (!names.add(p.name().strip().toLowerCase(Locale.ROOT))) {
                throw new ConflictException(p.name().strip() + " is listed twice in the delegation");
            }
        }
        return people;
    }

    @Transactional
    DelegationView decide(Actor actor, UUID registrationId, boolean approve) {
        Registration reg = registration(registrationId);
        MeetingRow m = organised(actor, reg.meeting(), approve ? "approve" : "reject");
        store.lock(m.id());
        if (approve && !reg.status().equals("PENDING")) {
            throw new ConflictException("Only a pending delegation can be approved; this one is "
                    + reg.status().toLowerCase(Locale.ROOT));
        }
        if (!approve && !active(reg)) {
            throw new ConflictException(
                    "The delegation is already " + reg.status().toLowerCase(Locale.ROOT));
        }
        store.status(registrationId, approve ? "APPROVED" : "REJECTED");
        audit.record(
                actor,
                approve ? "approve" : "reject",
                "delegation",
                registrationId.toString(),
                reg.party(),
                (approve ? "Approved" : "Did not approve") + " the delegation of " + reg.party());
        if (!approve) {
            promote(m);
        }
        return delegation(registration(registrationId), m, actor);
    }

    @Transactional
    DelegationView withdraw(Actor actor, UUID registrationId) {
        Registration reg = registration(registrationId);
        actor.require(Permission.EDIT_PARTY_RECORDS, reg.party(), "withdraw", "delegation", registrationId.toString());
        MeetingRow m = meeting(reg.meeting());
        store.lock(m.id());
        if (!active(reg)) {
            throw new ConflictException(
                    "The delegation is already " + reg.status().toLowerCase(Locale.ROOT));
        }
        store.status(registrationId, "WITHDRAWN");
        audit.record(
                actor, "withdraw", "delegation", registrationId.toString(), m.organiser(), reg.party() + " withdrew");
        promote(m);
        return delegation(registration(registrationId), m, actor);
    }

    @Transactional
    DelegationView addMember(Actor actor, UUID registrationId, PersonRequest p) {
        Registration reg = registration(registrationId);
        actor.require(
                Permission.EDIT_PARTY_RECORDS, reg.party(), "add-member", "delegation", registrationId.toString());
        MeetingRow m = meeting(reg.meeting());
        requireOpen(m);
        require(p != null && p.name() != null && !p.name().isBlank(), "name", "give the member's name");
        store.lock(m.id());
        if (!active(reg)) {
            throw new ConflictException("The delegation is " + reg.status().toLowerCase(Locale.ROOT));
        }
        if (store.delegates(registrationId).stream()
                .anyMatch(d -> d.name().equalsIgnoreCase(p.name().strip()))) {
            throw new ConflictException(p.name().strip() + " is already a member of the delegation");
        }
        if (HOLDING.contains(reg.status()) && occupied(store.registrations(m.id())) + 1 > m.capacity()) {
            throw new ConflictException("The meeting is full (" + m.capacity() + " persons); "
                    + p.name().strip() + " cannot be added");
        }
        store.insertDelegate(registrationId, p.name().strip(), function(p), false);
        audit.record(
                actor,
                "add-member",
                "delegation",
                registrationId.toString(),
                m.organiser(),
                "Added a delegation member");
        return delegation(registration(registrationId), m, actor);
    }

    @Transactional
    DelegationView markAttended(Actor actor, UUID registrationId, String name) {
        Registration reg = registration(registrationId);
        MeetingRow m = organised(actor, reg.meeting(), "record-attendance");
        if (!reg.status().equals("APPROVED") || name == null || !store.markAttended(registrationId, name)) {
            throw new ConflictException("Only members of approved delegations are marked present");
        }
        audit.record(
                actor, "record-attendance", "delegation", registrationId.toString(), reg.party(), name + " attended");
        return delegation(registration(registrationId), m, actor);
    }

    @Transactional
    MeetingView recordOutcome(Actor actor, UUID id, OutcomeRequest r) {
        MeetingRow m = organised(actor, id, "record-outcome");
        if (m.cancelled() || OffsetDateTime.now().isBefore(m.end())) {
            throw new ConflictException("The outcome is recorded once the meeting has taken place");
        }
        store.outcome(id, r.documents(), r.commitments(), r.followUp());
        audit.record(actor, "record-outcome", "meeting", id.toString(), m.organiser(), "Outcome recorded");
        return get(id);
    }

    /** Delegations with their members for the party itself, the organiser and the secretariat only. */
    @Transactional(readOnly = true)
    List<DelegationView> delegations(UUID id, Optional<Actor> reader) {
        MeetingRow m = meeting(id);
        return store.registrations(id).stream()
                .map(r -> delegation(r, m, reader.orElse(null)))
                .toList();
    }

    private void promote(MeetingRow m) {
        List<Registration> all = store.registrations(m.id());
        int occupied = occupied(all);
        for (Registration r : all) {
            if (!r.status().equals("WAITING")) {
                continue;
            }
            if (occupied + r.size() > m.capacity()) {
                return;
            }
            store.status(r.id(), "PENDING");
            occupied += r.size();
            audit.recordSystem(
                    "meetings",
                    "promote",
                    "delegation",
                    r.id().toString(),
                    r.party() + " promoted from the waiting list");
            notifications.toPartyFocalPoints(
                    r.party(),
                    new Notice(
                            "delegation-promoted",
                            m.title(),
                            "Your delegation moved from the waiting list and awaits approval.",
                            "/meetings/" + m.id()));
        }
    }

    private DelegationView delegation(Registration r, MeetingRow m, Actor reader) {
        boolean shown = reader != null
                && (reader.partyCode().equals(r.party())
                        || reader.partyCode().equals(m.organiser())
                        || reader.partyCode().equals(SECRETARIAT));
        return new DelegationView(
                r.id(),
                r.party(),
                r.status().toLowerCase(Locale.ROOT),
                r.size(),
                shown ? r.credentials() : null,
                shown ? store.delegates(r.id()) : null);
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
                occupied(store.registrations(m.id())),
                m.invited(),
                m.cancelled(),
                m.sequence(),
                m.outcomeDocuments(),
                m.outcomeCommitments(),
                m.outcomeFollowUp(),
                m.demo(),
                m.version(),
                store.sessions(m.id()));
    }

    static int occupied(List<Registration> all) {
        return all.stream()
                .filter(r -> HOLDING.contains(r.status()))
                .mapToInt(Registration::size)
                .sum();
    }

    private static boolean active(Registration r) {
        return HOLDING.contains(r.status()) || r.status().equals("WAITING");
    }

    private MeetingRow organised(Actor actor, UUID id, String action) {
        MeetingRow m = meeting(id);
        actor.require(Permission.EDIT_PARTY_RECORDS, m.organiser(), action, "meeting", id.toString());
        return m;
    }

    private static void requireOpen(MeetingRow m) {
        if (m.cancelled()) {
            throw new ConflictException("The meeting was cancelled");
        }
    }

    MeetingRow meeting(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("meeting", id.toString()));
    }

    private Registration registration(UUID id) {
        return store.registration(id).orElseThrow(() -> new NotFoundException("delegation", id.toString()));
    }

    private String party(String field, String code) {
        return registry.find(code.strip())
                .map(PartySummary::code)
                .orElseThrow(() -> new InvalidInputException(field, "no party with code " + code));
    }

    private static String function(PersonRequest p) {
        return p.function() == null ? "" : p.function().strip();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("timeZone", "an IANA time zone such as Asia/Shanghai");
        }
    }

    static OffsetDateTime time(String field, String value, ZoneId zone) {
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "a local date and time such as 2024-09-12T09:00");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
