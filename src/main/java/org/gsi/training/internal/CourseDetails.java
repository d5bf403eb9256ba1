package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PledgeId;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.PartyCode;
import org.gsi.training.Modality;

/** What an organiser announces about a course, run by the organiser and the provider together. */
record CourseDetails(
        PartyCode organiser,
        PartyCode provider,
        String topic,
        Set<String> priorityAreas,
        LocalDate start,
        LocalDate end,
        String language,
        Modality modality,
        int seats,
        int capPerCountry,
        BeneficiaryRule eligibility,
        LocalDate nominationDeadline,
        Optional<PledgeId> pledge) {

    CourseDetails {
        Objects.requireNonNull(organiser, "organiser");
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
        if (capPerCountry < 1) {
            throw new IllegalArgumentException("The cap per country must be at least one seat");
        }
    }

    /** Whether the party runs the course: its organiser or its provider. */
    boolean runBy(PartyCode party) {
        return organiser.equals(party) || provider.equals(party);
    }
}
