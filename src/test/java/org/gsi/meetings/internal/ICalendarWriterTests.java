package org.gsi.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.junit.jupiter.api.Test;

class ICalendarWriterTests {

    private final ICalendarWriter writer = new ICalendarWriter("-//GSI Platform//Meetings//EN");
    private final MeetingCalendar calendar = new MeetingCalendar();
    private final Instant stamp = Instant.parse("2025-08-01T08:00:00Z");

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar parsed) {
        return parsed.getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    private static Instant start(VEvent event) {
        Temporal date = event.getStartDate().orElseThrow().getDate();
        return Instant.from(date);
    }

    private String feed(MeetingRow meeting, List<SessionView> sessions) {
        return writer.write("Xiangshan Forum", calendar.events(meeting, sessions), stamp);
    }

    @Test
    void aMeetingAndItsSessionsParseAsValidEvents() throws Exception {
        MeetingRow forum = Meetings.xiangshanForum(UUID.randomUUID(), 0, 0, "Beijing", false);
        SessionView plenary = Meetings.session(
                UUID.randomUUID(),
                "Plenary: Common security",
                2,
                "Hall A",
                List.of("Dong Jun", "Kassym-Jomart Tokayev"));

        Calendar parsed = parse(feed(forum, List.of(plenary)));

        assertThat(parsed.validate().hasErrors())
                .as(parsed.validate().toString())
                .isFalse();
        assertThat(events(parsed)).hasSize(2);
        VEvent meeting = events(parsed).get(0);
        assertThat(value(meeting, "UID")).isEqualTo("meeting-" + forum.id() + "@gsi-platform");
        assertThat(value(meeting, "SUMMARY")).isEqualTo("12th Beijing Xiangshan Forum");
        assertThat(value(meeting, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(meeting, "DTSTAMP")).isEqualTo("20250801T080000Z");
        assertThat(start(meeting)).isEqualTo(forum.start().toInstant());
        assertThat(value(events(parsed).get(1), "UID")).isEqualTo("session-" + plenary.id() + "@gsi-platform");
        assertThat(value(events(parsed).get(1), "DESCRIPTION")).isEqualTo("Speakers: Dong Jun; Kassym-Jomart Tokayev");
    }

    @Test
    void updatesKeepTheUidAndCarryTheSequenceAndTheCancellation() throws Exception {
        UUID id = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        List<VEvent> before = events(parse(feed(
                Meetings.xiangshanForum(id, 0, 0, "Beijing", false),
                List.of(Meetings.session(sessionId, "Plenary", 2, "Hall A", List.of())))));
        List<VEvent> updated = events(parse(feed(
                Meetings.xiangshanForum(id, 1, 1, "Beijing", false),
                List.of(Meetings.session(sessionId, "Plenary", 3, "Hall B", List.of())))));
        List<VEvent> cancelled = events(parse(feed(
                Meetings.xiangshanForum(id, 2, 1, "Beijing", true),
                List.of(Meetings.session(sessionId, "Plenary", 3, "Hall B", List.of())))));

        for (int i = 0; i < 2; i++) {
            assertThat(value(updated.get(i), "UID")).isEqualTo(value(before.get(i), "UID"));
            assertThat(value(updated.get(i), "SEQUENCE")).isEqualTo("1");
            assertThat(value(cancelled.get(i), "SEQUENCE")).isEqualTo("2");
            assertThat(value(updated.get(i), "STATUS")).isEqualTo("CONFIRMED");
            assertThat(value(cancelled.get(i), "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(cancelled.get(i), "UID")).isEqualTo(value(before.get(i), "UID"));
        }
        assertThat(start(updated.get(0))).isEqualTo(Meetings.OPENING.plusDays(1).toInstant());
        assertThat(value(updated.get(1), "LOCATION")).isEqualTo("Hall B, Beijing");
    }

    @Test
    void specialCharactersSurviveEscapingAndLongLinesAreFoldedAt75Octets() throws Exception {
        String summary = "Dialogue; consultation, and \\ \"mediation\"\nsecond line";
        String description =
                "共同、综合、合作、可持续的安全观 ".repeat(8) + "— the common, comprehensive, cooperative and sustainable security";
        CalendarEvent event = new CalendarEvent(
                "uid-1@gsi-platform",
                0,
                Meetings.OPENING,
                Meetings.OPENING.plusHours(1),
                summary,
                "Room 1",
                description,
                false);

        String ics = writer.write("Test", List.of(event), stamp);
        VEvent parsed = events(parse(ics)).get(0);

        assertThat(value(parsed, "SUMMARY")).isEqualTo(summary);
        assertThat(value(parsed, "DESCRIPTION")).isEqualTo(description);
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void aZoneWithoutDaylightSavingIsWrittenByTzidAndOthersInUtc() throws Exception {
        ZonedDateTime geneva = ZonedDateTime.of(2025, 6, 10, 10, 0, 0, 0, ZoneId.of("Europe/Zurich"));
        List<CalendarEvent> events = List.of(
                new CalendarEvent(
                        "beijing@gsi-platform",
                        0,
                        Meetings.OPENING,
                        Meetings.OPENING.plusHours(1),
                        "Beijing",
                        "",
                        "",
                        false),
                new CalendarEvent("geneva@gsi-platform", 0, geneva, geneva.plusHours(1), "Geneva", "", "", false));

        String ics = writer.write("Test", events, stamp);
        List<VEvent> parsed = events(parse(ics));

        assertThat(ics)
                .contains(
                        "DTSTART;TZID=Asia/Shanghai:20250917T090000", "TZID:Asia/Shanghai", "DTSTART:20250610T080000Z");
        assertThat(start(parsed.get(0))).isEqualTo(Meetings.OPENING.toInstant());
        assertThat(start(parsed.get(1))).isEqualTo(geneva.toInstant());
    }
}
