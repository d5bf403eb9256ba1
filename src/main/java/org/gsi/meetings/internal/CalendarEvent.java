package org.gsi.meetings.internal;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One VEVENT: the UID stays the same across updates, the sequence rises with each. */
record CalendarEvent(
        String uid,
        int sequence,
        ZonedDateTime start,
        ZonedDateTime end,
        String summary,
        String location,
        String description,
        boolean cancelled) {

    CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        summary = Objects.requireNonNullElse(summary, "");
        location = Objects.requireNonNullElse(location, "");
        description = Objects.requireNonNullElse(description, "");
    }
}
