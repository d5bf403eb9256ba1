package org.gsi.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an RFC 5545 calendar. Times are written with their TZID (and a VTIMEZONE) when the zone
 * keeps one offset from a year before to a year after the events, as most of Asia and Africa do;
 * otherwise in UTC, which every client reads the same way. Text is escaped (backslash, semicolon,
 * comma, newline), lines are folded at 75 octets without splitting a UTF-8 character, and every
 * line ends with CRLF.
 */
final class ICalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int MAX_OCTETS = 75;

    private final String productId;

    ICalendarWriter(String productId) {
        this.productId = productId;
    }

    String write(String calendarName, List<CalendarEvent> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + productId);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        Set<ZoneId> zones = new LinkedHashSet<>();
        events.stream().filter(this::keepsZone).forEach(e -> zones.add(e.start().getZone()));
        zones.forEach(zone -> timezone(out, zone, stamp));
        events.forEach(event -> event(out, event, stamp));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void event(StringBuilder out, CalendarEvent event, Instant stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + escape(event.uid()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + utc(stamp));
        boolean zoned = keepsZone(event);
        line(out, "DTSTART" + time(event.start(), zoned));
        line(out, "DTEND" + time(event.end(), zoned));
        line(out, "SUMMARY:" + escape(event.summary()));
        if (!event.location().isEmpty()) {
            line(out, "LOCATION:" + escape(event.location()));
        }
        if (!event.description().isEmpty()) {
            line(out, "DESCRIPTION:" + escape(event.description()));
        }
        line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    private String time(ZonedDateTime time, boolean zoned) {
        return zoned ? ";TZID=" + time.getZone().getId() + ":" + LOCAL.format(time) : ":" + utc(time.toInstant());
    }

    private static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    /** A zone with one offset around the event (and not a bare offset) is written by its TZID. */
    private boolean keepsZone(CalendarEvent event) {
        ZoneId zone = event.start().getZone();
        if (zone instanceof ZoneOffset || !zone.equals(event.end().getZone())) {
            return false;
        }
        Instant from = event.start().toInstant().minusSeconds(366L * 86400);
        ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        return next == null || next.getInstant().isAfter(event.end().toInstant().plusSeconds(366L * 86400));
    }

    private void timezone(StringBuilder out, ZoneId zone, Instant stamp) {
        String offset = offset(zone.getRules().getOffset(stamp));
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:" + offset);
        line(out, "TZOFFSETTO:" + offset);
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** RFC 5545 3.3.11 TEXT escaping. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
