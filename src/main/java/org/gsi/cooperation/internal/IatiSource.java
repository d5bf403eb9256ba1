package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an imported activity's file states beyond the project's own fields, kept as the file gives it and shown with
 * the project: the publisher (reporting organisation), the activity status in the file (a note beside the project's
 * own status), every sector with its vocabulary and the priority area it maps to, recipient regions with their
 * vocabulary, participating organisations that are not registered parties, and the budgets as reported.
 */
record IatiSource(
        String identifier,
        Org publisher,
        Integer fileStatus,
        List<Sector> sectors,
        List<Region> regions,
        List<Organisation> organisations,
        List<Budget> budgets) {

    IatiSource {
        sectors = List.copyOf(sectors);
        regions = List.copyOf(regions);
        organisations = List.copyOf(organisations);
        budgets = List.copyOf(budgets);
    }

    /** An organisation: IATI identifier, OrganisationType code and name, each possibly absent (null). */
    record Org(String ref, String type, String name) {}

    /** A participating organisation that is not a registered party, with its OrganisationRole code. */
    record Organisation(String ref, String type, String name, int role) {}

    /** A sector with its vocabulary; priorityArea is the area it maps to, null when it maps to none. */
    record Sector(String vocabulary, String code, String priorityArea) {}

    /** A recipient region with its vocabulary. */
    record Region(String vocabulary, String code) {}

    /** A budget: type 1 original or 2 revised; counted tells whether it counts (a revision replaces the original). */
    record Budget(
            int type,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal amount,
            String currency,
            boolean counted) {}
}
