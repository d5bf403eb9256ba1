package org.gsi.meetings.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsi.registry.Registry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final ICalendarWriter writer = new ICalendarWriter("-//GSI Platform//Meetings//EN");

    CalendarController(MeetingStore store, MeetingService service, Registry registry) {
        this.store = store;
        this.service = service;
        this.registry = registry;
    }

    @GetMapping("/calendar/meetings/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable UUID id) {
        MeetingRow m = service.meeting(id);
        return ics(m.title(), List.of(m));
    }

    @GetMapping("/calendar/parties/{code}.ics")
    ResponseEntity<String> party(@PathVariable String code) {
        String party = registry.find(code)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("party", code))
                .code();
        return ics("Meetings of " + party, store.list("", party, 0, 1000));
    }

    @GetMapping("/calendar/mechanisms/{code}.ics")
    ResponseEntity<String> mechanism(@PathVariable String code) {
        String series = registry.find(code)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("mechanism", code))
                .code();
        return ics("Meetings of " + series, store.list(series, "", 0, 1000));
    }

    private ResponseEntity<String> ics(String name, List<MeetingRow> meetings) {
        List<CalendarEvent> events = new ArrayList<>();
        for (MeetingRow m : meetings) {
            events.addAll(events(m));
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(writer.write(name, events, Instant.now()));
    }

    List<CalendarEvent> events(MeetingRow m) {
        ZoneId zone = ZoneId.of(m.timeZone());
        String location = m.venue().isBlank() ? (m.onlineUrl() == null ? "" : m.onlineUrl()) : m.venue();
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(
                "meeting-" + m.id() + MeetingCalendar.UID_DOMAIN,
                m.sequence(),
                m.start().atZoneSameInstant(zone),
                m.end().atZoneSameInstant(zone),
                m.title(),
                location,
                "Languages: " + String.join(", ", m.languages()),
                m.cancelled()));
        for (var s : store.sessions(m.id())) {
            events.add(new CalendarEvent(
                    "session-" + s.id() + MeetingCalendar.UID_DOMAIN,
                    m.sequence(),
                    s.start().atZoneSameInstant(zone),
                    s.end().atZoneSameInstant(zone),
                    s.title() + " (" + m.title() + ")",
                    s.room().isBlank() ? location : s.room() + ", " + location,
                    s.speakers().isEmpty() ? "" : "Speakers: " + String.join("; ", s.speakers()),
                    m.cancelled()));
        }
        return events;
    }
}
