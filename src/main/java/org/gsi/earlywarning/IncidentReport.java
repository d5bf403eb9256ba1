package org.gsi.earlywarning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An incident report as entered in early warning (a row of an incident report file), with the party whose user
 * imported it: the reporting party.
 */
public record IncidentReport(
        String reportId,
        String reportingParty,
        EventCategory category,
        LocalDate occurredOn,
        DatePrecision datePrecision,
        Place place,
        String actor1,
        String actor2,
        Optional<Integer> fatalities) {}
