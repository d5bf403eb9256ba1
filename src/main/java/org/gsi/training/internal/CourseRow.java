package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A course as stored. */
record CourseRow(
        UUID id,
        String organiser,
        String provider,
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
        boolean demo) {

    /** Whether the party runs the course: its organiser or its provider. */
    boolean runBy(String party) {
        return organiser.equals(party) || provider.equals(party);
    }
}
