package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an IATI 2.03 {@code iati-activity} the platform uses: identifier, reporting organisation, titles and
 * descriptions with their languages, participants, status, dates (by ActivityDateType code), recipient countries
 * (ISO alpha-2) and regions, sectors, budgets, transactions and results.
 */
public record IatiActivity(
        String identifier,
        String defaultLanguage,
        Optional<String> defaultCurrency,
        IatiOrg reportingOrg,
        List<IatiText> titles,
        List<IatiText> descriptions,
        List<IatiParticipant> participants,
        Optional<Integer> status,
        Map<Integer, LocalDate> dates,
        List<String> countries,
        List<String> regions,
        List<Sector> sectors,
        List<IatiBudget> budgets,
        List<IatiTransaction> transactions,
        List<IatiResult> results) {

    /** A sector with its vocabulary (1 for OECD DAC 5-digit, 99 for the reporter's own). */
    public record Sector(String vocabulary, String code) {}
}
