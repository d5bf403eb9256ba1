package org.gsi.meetings.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.platform.Visibility;

/** Meetings as stored, for tests of what is made of them. */
final class Meetings {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime OPENING = ZonedDateTime.of(2025, 9, 17, 9, 0, 0, 0, BEIJING);

    private Meetings() {}

    /** The forum at a given calendar sequence, moved by {@code days} and cancelled or not. */
    static MeetingRow xiangshanForum(UUID id, int sequence, int days, String venue, boolean cancelled) {
        return new MeetingRow(
                id,
                "CHN",
                "xiangshan-forum",
                "FORUM",
                "12th Beijing Xiangshan Forum",
                OPENING.plusDays(days).toOffsetDateTime(),
                OPENING.plusDays(days + 2).withHour(18).toOffsetDateTime(),
                BEIJING.getId(),
                venue,
                null,
                List.of("zh", "en"),
                100,
                List.of(),
                cancelled,
                sequence,
                null,
                null,
                null,
                false,
                sequence,
                Visibility.PUBLIC);
    }

    static SessionView session(UUID id, String title, int hours, String room, List<String> speakers) {
        return new SessionView(
                id, title, OPENING.toOffsetDateTime(), OPENING.plusHours(hours).toOffsetDateTime(), room, speakers);
    }
}
