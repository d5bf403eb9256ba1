package org.gsi.meetings.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gsi.meetings.internal.MeetingViews.SessionView;

/**
 * Turns a meeting into calendar events: one for the meeting and one per programme session, with UIDs derived
 * from their ids so that every feed and every update names the same event. Sessions carry the meeting's
 * sequence, which rises with every change of the meeting, its programme or its delegations.
 */
final class MeetingCalendar {

    static final String UID_DOMAIN = "@gsi-platform";

    List<CalendarEvent> events(MeetingRow m, List<SessionView> sessions) {
        return events(m, sessions, m.cancelled());
    }

    /**
     * The events of a meeting, all marked cancelled when {@code cancelled}: for the meeting itself when it is
     * cancelled, or for a feed whose owner no longer takes part (its delegation withdrawn or rejected).
     */
    List<CalendarEvent> events(MeetingRow m, List<SessionView> sessions, boolean cancelled) {
        ZoneId zone = ZoneId.of(m.timeZone());
        String location = m.venue().isBlank() ? (m.onlineUrl() == null ? "" : m.onlineUrl()) : m.venue();
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(
                "meeting-" + m.id() + UID_DOMAIN,
                m.sequence(),
                m.start().atZoneSameInstant(zone),
                m.end().atZoneSameInstant(zone),
                m.title(),
                location,
                "Languages: " + String.join(", ", m.languages()),
                cancelled));
        for (SessionView s : sessions) {
            events.add(new CalendarEvent(
                    "session-" + s.id() + UID_DOMAIN,
                    m.sequence(),
                    s.start().atZoneSameInstant(zone),
                    s.end().atZoneSameInstant(zone),
                    s.title() + " (" + m.title() + ")",
                    s.room().isBlank() ? location : s.room() + ", " + location,
                    s.speakers().isEmpty() ? "" : "Speakers: " + String.join("; ", s.speakers()),
                    cancelled));
        }
        return events;
    }
}
