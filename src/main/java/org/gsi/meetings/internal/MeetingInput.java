package org.gsi.meetings.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.platform.InvalidInputException;

/** Checks and conversions of what organisers and parties type in; each refusal names the field. */
final class MeetingInput {

    private MeetingInput() {}

    static ZoneId zone(String zone) {
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

    static String function(PersonRequest p) {
        return p.function() == null ? "" : p.function().strip();
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
