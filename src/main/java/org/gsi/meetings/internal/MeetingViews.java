package org.gsi.meetings.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and views of the meetings API. */
final class MeetingViews {

    private MeetingViews() {}

    record MeetingRequest(
            String series,
            String title,
            String start,
            String end,
            String timeZone,
            String venue,
            String onlineUrl,
            List<String> languages,
            Integer capacity,
            List<String> invited,
            String visibility) {}

    record MeetingChange(String start, String end, String venue) {}

    record SessionRequest(String title, String start, String end, String room, List<String> speakers) {}

    record PersonRequest(String name, String function) {}

    record DelegationRequest(PersonRequest head, List<PersonRequest> members, String credentials) {}

    record OutcomeRequest(String documents, String commitments, String followUp) {}

    record SessionView(
            UUID id, String title, OffsetDateTime start, OffsetDateTime end, String room, List<String> speakers) {}

    record PersonView(String name, String function, boolean head, boolean attended) {}

    /**
     * A delegation (kind "delegation") or an organisation's registered participants (kind "participants"); its
     * credentials, letter and members are null for readers other than the party, the organiser and the
     * secretariat.
     */
    record DelegationView(
            UUID id,
            String party,
            String kind,
            String status,
            int size,
            String credentials,
            LetterView letter,
            List<PersonView> members) {}

    /** The credentials letter (note verbale) of a delegation. */
    record LetterView(String filename, String contentType, long size, String sha256, Instant uploadedAt) {

        static LetterView of(DocumentFiles.StoredFile f) {
            return new LetterView(f.filename(), f.contentType(), f.size(), f.sha256(), f.storedAt());
        }
    }

    record AttendeeView(String party, String name, String function) {}

    record DocumentView(
            UUID id,
            String kind,
            String title,
            String filename,
            String contentType,
            long size,
            String sha256,
            UUID negotiatedText,
            String uploadedBy,
            String uploadedParty,
            Instant uploadedAt) {}

    record MeetingView(
            UUID id,
            String organiser,
            String series,
            String seriesName,
            String seriesKind,
            String title,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String venue,
            String onlineUrl,
            List<String> languages,
            int capacity,
            int occupied,
            List<String> invited,
            boolean cancelled,
            int sequence,
            String outcomeDocuments,
            String outcomeCommitments,
            String outcomeFollowUp,
            boolean demo,
            long version,
            List<SessionView> sessions,
            String visibility) {}
}
