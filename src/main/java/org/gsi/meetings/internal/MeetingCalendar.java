package org.gsi.meetings.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns meetings into calendar events: one for the meeting and one per programme session, with
 * UIDs derived from their ids so that every feed and every update names the same event.
 */
final class MeetingCalendar {

    static final String UID_DOMAIN = "@gsi-platform";

    List<CalendarEvent> events(Meeting meeting) {
        List<CalendarEvent> events = new ArrayList<>();
        String location = meeting.venue().describe();
        events.add(new CalendarEvent(
                "meeting-" + meeting.id().value() + UID_DOMAIN,
                meeting.sequence(),
                meeting.start(),
                meeting.end(),
                meeting.title(),
                location,
                meeting.series().name() + "\nLanguages: "
                        + String.join(
                                ", ", meeting.languages().stream().sorted().toList()),
                meeting.isCancelled()));
        for (Session session : meeting.sessions()) {
            events.add(new CalendarEvent(
                    "session-" + session.id().value() + UID_DOMAIN,
                    session.sequence(),
                    session.start(),
                    session.end(),
                    session.title() + " (" + meeting.title() + ")",
                    session.room().isBlank() ? location : session.room() + ", " + location,
                    session.speakers().isEmpty() ? "" : "Speakers: " + String.join("; ", session.speakers()),
                    meeting.isCancelled()));
        }
        return events;
    }
}
