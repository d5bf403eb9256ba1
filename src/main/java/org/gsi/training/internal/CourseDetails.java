package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.BeneficiaryRule;
import org.gsi.commitments.PartyCode;
import org.gsi.commitments.PledgeId;
import org.gsi.training.Modality;

/** What a provider announces about a course. */
record CourseDetails(
        PartyCode provider,
        String topic,
        Set<String> priorityAreas,
        LocalDate start,
        LocalDate end,
        String language,
        Modality modality,
        int seats,
        BeneficiaryRule eligibility,
        LocalDate nominationDeadline,
        Optional<PledgeId> pledge) {

    CourseDetails {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(topic, "topic");
        priorityAreas = Set.copyOf(priorityAreas);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(pledge, "pledge");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A course cannot end before it starts");
        }
        if (nominationDeadline.isAfter(start)) {
            throw new IllegalArgumentException("Nominations must close no later than the first course day");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("A course needs at least one seat");
        }
    }
}
