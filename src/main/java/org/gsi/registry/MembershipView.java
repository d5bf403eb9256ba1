package org.gsi.registry;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded state of a membership, effective from a date; {@code current} marks the state in force today. */
public record MembershipView(
        long id,
        String mechanismCode,
        String memberCode,
        String status,
        LocalDate effectiveFrom,
        String effectiveText,
        LocalDate asOf,
        String source,
        String note,
        Instant recordedAt,
        String recordedBy,
        boolean current) {}
