package org.gsi.meetings.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/** Checks and conversions of what organisers and parties type in; each refusal names the field. */
final class MeetingInput {

    private MeetingInput() {}

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("timeZone", Message.of("form.refused.timeZone"));
        }
    }

    static OffsetDateTime time(String field, String value, ZoneId zone) {
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, Message.of("meetings.refused.time"));
        }
    }

    static String function(PersonRequest p) {
        return p.function() == null ? "" : p.function().strip();
    }

    static void require(boolean condition, String field, Message reason) {
        if (!condition) {
            throw new InvalidInputException(field, reason);
        }
    }
}
