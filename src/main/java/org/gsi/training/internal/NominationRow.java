package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A nomination as stored, with the trainee's personal data. */
record NominationRow(
        UUID id,
        UUID course,
        String party,
        String name,
        String function,
        String contact,
        String language,
        NominationStatus status,
        int daysAttended,
        LocalDate completedOn,
        String certificateCode,
        boolean anonymised) {}
