package org.gsi.meetings.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Visibility;

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
        long version,
        Visibility visibility) {

    boolean isForum() {
        return seriesKind.equals("FORUM");
    }

    /**
     * Whether a reader acting for {@code party} (empty when anonymous) may see the meeting: a public meeting
     * everyone, a restricted one only the organiser, the invited parties and the secretariat.
     */
    boolean readableBy(String party) {
        return party.equals(MeetingService.SECRETARIAT) || visibility.admits(party, organiser, invited);
    }
}
