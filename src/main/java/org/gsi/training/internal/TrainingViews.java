package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and views of the training API. */
final class TrainingViews {

    private TrainingViews() {}

    /** A new course; eligibility is developing, ldc, sids, lldc, members (with a mechanism) or parties. */
    record CourseRequest(
            String provider,
            String topic,
            List<String> priorityAreas,
            LocalDate start,
            LocalDate end,
            String language,
            String modality,
            Integer seats,
            Integer capPerCountry,
            String eligibility,
            List<String> eligibleParties,
            LocalDate nominationDeadline,
            UUID pledge) {}

    record CourseView(
            UUID id,
            String organiser,
            String provider,
            String providerName,
            String topic,
            List<String> priorityAreas,
            LocalDate start,
            LocalDate end,
            String language,
            String modality,
            int seats,
            int capPerCountry,
            String eligibility,
            List<String> eligibleParties,
            LocalDate nominationDeadline,
            UUID pledge,
            boolean allocated,
            long completed,
            boolean demo) {}

    record ShareView(String party, String partyName, int requested, int seats, String reason) {}

    record AllocationView(UUID course, int seats, int capPerCountry, int allocated, List<ShareView> shares) {}

    record DemandRequest(Integer seats) {}

    record NominationRequest(String name, String function, String contact, String language) {}

    /**
     * A nomination; the trainee's fields are null for readers who may not see personal data, and for everyone once
     * the data has been anonymised after the retention period.
     */
    record NominationView(
            UUID id,
            UUID course,
            String party,
            String status,
            int daysAttended,
            LocalDate completedOn,
            String traineeName,
            String traineeFunction,
            String traineeContact,
            String traineeLanguage,
            String certificateCode,
            boolean personalDataShown,
            boolean anonymised) {}

    /**
     * What a certificate code proves. Once the holder's data has been anonymised, {@code holder} is null and
     * {@code anonymised} true: the code still proves that a trainee of {@code country} completed the course.
     */
    record CertificateCheck(
            String code,
            boolean valid,
            String holder,
            String country,
            String course,
            String provider,
            LocalDate completedOn,
            boolean anonymised) {}
}
