package org.gsi.meetings.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PartyCode;
import org.gsi.meetings.MeetingCancelled;
import org.gsi.meetings.MeetingId;
import org.gsi.meetings.NotInvitedException;
import org.gsi.meetings.NotTheOrganiserException;
import org.gsi.meetings.RegistrationId;
import org.gsi.meetings.RegistrationNotFoundException;
import org.gsi.meetings.RegistrationPromoted;
import org.gsi.meetings.RegistrationStateException;
import org.gsi.meetings.SessionId;

/**
 * A meeting of a series: schedule, programme, documents, registrations and outcome. Every change
 * that calendars show (time, venue, cancellation) raises its sequence number.
 */
final class Meeting {

    private final MeetingId id;
    private final MeetingSeries series;
    private String title;
    private ZonedDateTime start;
    private ZonedDateTime end;
    private Venue venue;
    private final Set<String> languages;
    private final Set<PartyCode> invited;
    private final RegistrationDesk desk;
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final List<MeetingDocument> documents = new ArrayList<>();
    private Optional<Outcome> outcome = Optional.empty();
    private int sequence;
    private boolean cancelled;
    private final List<Object> events = new ArrayList<>();

    Meeting(
            MeetingId id,
            MeetingSeries series,
            String title,
            ZonedDateTime start,
            ZonedDateTime end,
            Venue venue,
            Set<String> languages,
            Set<PartyCode> invited,
            int capacity) {
        this.id = id;
        this.series = series;
        this.title = title;
        this.languages = Set.copyOf(languages);
        this.invited = Set.copyOf(invited);
        this.desk = new RegistrationDesk(capacity);
        schedule(start, end);
        this.venue = venue;
    }

    private void schedule(ZonedDateTime newStart, ZonedDateTime newEnd) {
        if (!newEnd.isAfter(newStart)) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
        start = newStart;
        end = newEnd;
    }

    void reschedule(PartyCode actor, ZonedDateTime newStart, ZonedDateTime newEnd) {
        requireOpenAndOrganiser(actor);
        schedule(newStart, newEnd);
        sequence++;
    }

    void moveTo(PartyCode actor, Venue newVenue) {
        requireOpenAndOrganiser(actor);
        venue = newVenue;
        sequence++;
    }

    void cancel(PartyCode actor) {
        requireOpenAndOrganiser(actor);
        cancelled = true;
        sequence++;
        sessions.replaceAll((sid, session) -> session.bumped());
        events.add(new MeetingCancelled(id, sequence));
    }

    SessionId addSession(
            PartyCode actor,
            String sessionTitle,
            ZonedDateTime from,
            ZonedDateTime to,
            String room,
            List<String> speakers) {
        requireOpenAndOrganiser(actor);
        Session session = new Session(SessionId.random(), sessionTitle, from, to, room, speakers, 0);
        sessions.put(session.id(), session);
        return session.id();
    }

    void reviseSession(
            PartyCode actor,
            SessionId sessionId,
            String sessionTitle,
            ZonedDateTime from,
            ZonedDateTime to,
            String room,
            List<String> speakers) {
        requireOpenAndOrganiser(actor);
        Session session = Optional.ofNullable(sessions.get(sessionId))
                .orElseThrow(() -> new RegistrationNotFoundException("No session " + sessionId.value()));
        sessions.put(sessionId, session.revised(sessionTitle, from, to, room, speakers));
    }

    void addDocument(PartyCode actor, MeetingDocument document) {
        requireOrganiser(actor);
        documents.add(document);
    }

    Registration registerDelegation(PartyCode party, List<Delegate> delegation, Optional<String> credentialsLetter) {
        requireOpen();
        if (!invited.contains(party)) {
            throw new NotInvitedException(party + " is not invited to " + title);
        }
        return desk.register(new Registration(
                RegistrationId.random(), party, Registration.Kind.DELEGATION, delegation, credentialsLetter));
    }

    /** Think tanks and NGOs register as participants, in forums only. */
    Registration registerParticipants(PartyCode organisation, List<Delegate> people) {
        requireOpen();
        if (series.kind() != SeriesKind.FORUM) {
            throw new NotInvitedException(series.name() + " meetings take delegations of invited parties only");
        }
        return desk.register(new Registration(
                RegistrationId.random(), organisation, Registration.Kind.PARTICIPANT, people, Optional.empty()));
    }

    void approve(PartyCode actor, RegistrationId registration) {
        requireOpenAndOrganiser(actor);
        desk.approve(registration);
    }

    void reject(PartyCode actor, RegistrationId registration) {
        requireOpenAndOrganiser(actor);
        announce(desk.reject(registration));
    }

    void withdraw(PartyCode party, RegistrationId registration) {
        announce(desk.withdraw(party, registration));
    }

    void addDelegate(PartyCode party, RegistrationId registration, Delegate delegate) {
        requireOpen();
        desk.addPerson(party, registration, delegate);
    }

    void removeDelegate(PartyCode party, RegistrationId registration, String name) {
        announce(desk.removePerson(party, registration, name));
    }

    private void announce(List<Registration> promoted) {
        promoted.forEach(r -> events.add(new RegistrationPromoted(id, r.id(), r.registrant())));
    }

    void markAttended(PartyCode actor, RegistrationId registration, String name) {
        requireOrganiser(actor);
        Registration entry = desk.get(registration);
        if (entry.status() != RegistrationStatus.APPROVED || !entry.markAttended(name)) {
            throw new RegistrationStateException(name + " is not an approved attendee of " + title);
        }
    }

    /** Everyone marked present, by registrant in order of registration. */
    List<AttendanceEntry> attendanceList() {
        return desk.all().stream()
                .flatMap(r ->
                        r.attendees().stream().map(d -> new AttendanceEntry(r.registrant(), d.name(), d.function())))
                .toList();
    }

    void recordOutcome(PartyCode actor, Outcome record, ZonedDateTime now) {
        requireOrganiser(actor);
        if (cancelled || now.isBefore(end)) {
            throw new RegistrationStateException("An outcome is recorded after the meeting has taken place");
        }
        outcome = Optional.of(record);
    }

    private void requireOrganiser(PartyCode actor) {
        if (!actor.equals(series.organiser())) {
            throw new NotTheOrganiserException(
                    "Only the organiser " + series.organiser() + " may do this; " + actor + " cannot");
        }
    }

    private void requireOpenAndOrganiser(PartyCode actor) {
        requireOrganiser(actor);
        requireOpen();
    }

    private void requireOpen() {
        if (cancelled) {
            throw new RegistrationStateException(title + " was cancelled");
        }
    }

    /** One person present at the meeting. */
    record AttendanceEntry(PartyCode party, String name, String function) {}

    MeetingId id() {
        return id;
    }

    MeetingSeries series() {
        return series;
    }

    String title() {
        return title;
    }

    ZonedDateTime start() {
        return start;
    }

    ZonedDateTime end() {
        return end;
    }

    Venue venue() {
        return venue;
    }

    Set<String> languages() {
        return languages;
    }

    List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    List<MeetingDocument> documents() {
        return List.copyOf(documents);
    }

    Optional<Outcome> outcome() {
        return outcome;
    }

    RegistrationDesk desk() {
        return desk;
    }

    int sequence() {
        return sequence;
    }

    boolean isCancelled() {
        return cancelled;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
