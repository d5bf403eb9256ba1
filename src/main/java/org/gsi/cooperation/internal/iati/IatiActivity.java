package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.Message;

/**
 * The parts of an IATI 2.03 {@code iati-activity} the platform uses: identifier and the line it starts on,
 * reporting organisation, titles and descriptions with their languages, participants, status, dates (by
 * ActivityDateType code), recipient countries (ISO alpha-2) and regions, sectors, budgets, transactions and
 * results, and what the reader found odd but kept (warnings).
 */
public record IatiActivity(
        String identifier,
        int line,
        String defaultLanguage,
        Optional<String> defaultCurrency,
        IatiOrg reportingOrg,
        List<IatiText> titles,
        List<IatiText> descriptions,
        List<IatiParticipant> participants,
        Optional<Integer> status,
        Map<Integer, LocalDate> dates,
        List<String> countries,
        List<Region> regions,
        List<Sector> sectors,
        List<IatiBudget> budgets,
        List<IatiTransaction> transactions,
        List<IatiResult> results,
        List<Message> warnings) {

    /** A sector with its vocabulary (1 OECD DAC 5-digit, 2 DAC 3-digit, 98 and 99 the reporter's own, ...). */
    public record Sector(String vocabulary, String code) {}

    /** A recipient region with its vocabulary (1 OECD DAC, 2 UN M49, 99 the reporter's own). */
    public record Region(String vocabulary, String code) {}

    /**
     * The budgets that count: a revised budget replaces the original one of the same period (and a later revision
     * an earlier one), so that no period is counted twice.
     */
    public List<IatiBudget> effectiveBudgets() {
        Map<String, IatiBudget> byPeriod = new LinkedHashMap<>();
        for (IatiBudget b : budgets) {
            String period = b.periodStart() + "/" + b.periodEnd();
            IatiBudget kept = byPeriod.get(period);
            if (kept == null || b.revised() || !kept.revised()) {
                byPeriod.put(period, b);
            }
        }
        return new ArrayList<>(byPeriod.values());
    }
}
