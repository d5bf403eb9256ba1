package org.gsi.meetings.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting as stored. */
record MeetingRow(
        UUID id,
        String organiser,
        String series,
        String seriesKind,
        String title,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String venue,
        String onlineUrl,
        List<String> languages,
        int capacity,
        List<String> invited,
        boolean cancelled,
        int sequence,
        String outcomeDocuments,
        String outcomeCommitments,
        String outcomeFollowUp,
        boolean demo,
        long version) {

    boolean isForum() {
        return seriesKind.equals("FORUM");
    }
}
