package org.gsi.meetings.internal;

import java.time.ZonedDateTime;
import java.util.List;
import org.gsi.meetings.SessionId;

/** A programme session: timetable slot, room and speakers; its sequence rises with every change. */
record Session(
        SessionId id,
        String title,
        ZonedDateTime start,
        ZonedDateTime end,
        String room,
        List<String> speakers,
        int sequence) {

    Session {
        speakers = List.copyOf(speakers);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
    }

    Session revised(
            String newTitle, ZonedDateTime newStart, ZonedDateTime newEnd, String newRoom, List<String> newSpeakers) {
        return new Session(id, newTitle, newStart, newEnd, newRoom, newSpeakers, sequence + 1);
    }

    Session bumped() {
        return new Session(id, title, start, end, room, speakers, sequence + 1);
    }
}
