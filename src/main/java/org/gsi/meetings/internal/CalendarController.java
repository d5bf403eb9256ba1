package org.gsi.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.platform.Actors;
import org.gsi.platform.NotFoundException;
import org.gsi.registry.Registry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds (RFC 5545). Every meeting and session keeps its UID across updates; its SEQUENCE rises
 * with each change of time, place or status, and a cancelled meeting stays in the feed as CANCELLED.
 */
@RestController
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final MeetingStore store;
    private final MeetingService service;
    private final Registry registry;
    private final FeedTokens tokens;
    private final Users users;
    private final ICalendarWriter writer = new ICalendarWriter("-//GSI Platform//Meetings//EN");
    private final MeetingCalendar calendar = new MeetingCalendar();

    CalendarController(MeetingStore store, MeetingService service, Registry registry, FeedTokens tokens, Users users) {
        this.store = store;
        this.service = service;
        this.registry = registry;
        this.tokens = tokens;
        this.users = users;
    }

    /**
     * A user's own feed, opened with the personal token of its URL: the meetings their party organises, is
     * invited to or registered for, and those with a session where the user speaks. An unknown token, or the
     * token of a disabled user, finds nothing (404).
     */
    @GetMapping("/calendar/me.ics")
    ResponseEntity<String> mine(@RequestParam(required = false) String token) {
        UserSummary user = tokens.user(token)
                .flatMap(users::find)
                .filter(UserSummary::enabled)
                .orElseThrow(() -> new NotFoundException("calendar feed", "me"));
        Map<UUID, MeetingRow> meetings = new LinkedHashMap<>();
        store.list("", user.partyCode(), user.partyCode(), 0, 1000).forEach(m -> meetings.put(m.id(), m));
        store.withSpeaker(user.displayName(), user.partyCode()).forEach(m -> meetings.putIfAbsent(m.id(), m));
        List<MeetingRow> left = store.leftBy(user.partyCode(), user.partyCode()).stream()
                .filter(m -> !meetings.containsKey(m.id()))
                .toList();
        return ics("Meetings of " + user.displayName(), List.copyOf(meetings.values()), left);
    }

    @GetMapping("/calendar/meetings/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable UUID id) {
        MeetingRow m = service.readable(id, Actors.readerParty());
        return ics(m.title(), List.of(m), List.of());
    }

    @GetMapping("/calendar/parties/{code}.ics")
    ResponseEntity<String> party(@PathVariable String code) {
        String party = registry.find(code)
                .orElseThrow(() -> new NotFoundException("party", code))
                .code();
        String reader = Actors.readerParty();
        return ics("Meetings of " + party, store.list("", party, reader, 0, 1000), store.leftBy(party, reader));
    }

    @GetMapping("/calendar/mechanisms/{code}.ics")
    ResponseEntity<String> mechanism(@PathVariable String code) {
        String series = registry.find(code)
                .orElseThrow(() -> new NotFoundException("mechanism", code))
                .code();
        return ics("Meetings of " + series, store.list(series, "", Actors.readerParty(), 0, 1000), List.of());
    }

    /**
     * The feed of {@code meetings} plus, as cancelled events under their usual UIDs and current (raised)
     * sequence, the meetings the feed's owner has left.
     */
    private ResponseEntity<String> ics(String name, List<MeetingRow> meetings, List<MeetingRow> left) {
        List<CalendarEvent> events = new ArrayList<>();
        for (MeetingRow m : meetings) {
            events.addAll(calendar.events(m, store.sessions(m.id())));
        }
        for (MeetingRow m : left) {
            events.addAll(calendar.events(m, store.sessions(m.id()), true));
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(writer.write(name, events, Instant.now()));
    }
}
