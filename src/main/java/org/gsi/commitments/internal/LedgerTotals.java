package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gsi.commitments.PledgeStatus;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.UnitTotal;
import org.gsi.registry.PartyCode;

/**
 * Adds pledges up per pledging party and per priority area. Units are never mixed: each group
 * holds one total per unit (training places, money per currency, ...).
 */
final class LedgerTotals {

    private LedgerTotals() {}

    static Map<PartyCode, List<UnitTotal>> perParty(Collection<PledgeSummary> pledges) {
        return new TreeMap<>(pledges.stream()
                .collect(Collectors.groupingBy(
                        PledgeSummary::pledger,
                        Collectors.collectingAndThen(Collectors.toList(), LedgerTotals::perUnit))));
    }

    /** A pledge with several priority areas counts in each of them. */
    static Map<String, List<UnitTotal>> perArea(Collection<PledgeSummary> pledges) {
        Map<String, List<PledgeSummary>> byArea = new TreeMap<>();
        for (PledgeSummary pledge : pledges) {
            for (String area : pledge.priorityAreas()) {
                byArea.computeIfAbsent(area, a -> new java.util.ArrayList<>()).add(pledge);
            }
        }
        Map<String, List<UnitTotal>> totals = new TreeMap<>();
        byArea.forEach((area, list) -> totals.put(area, perUnit(list)));
        return totals;
    }

    private static List<UnitTotal> perUnit(List<PledgeSummary> pledges) {
        Map<PledgeUnit, List<PledgeSummary>> byUnit =
                pledges.stream().collect(Collectors.groupingBy(PledgeSummary::unit));
        return byUnit.entrySet().stream()
                .map(entry -> total(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(total -> total.unit().toString()))
                .toList();
    }

    private static UnitTotal total(PledgeUnit unit, List<PledgeSummary> pledges) {
        Map<PledgeStatus, Integer> byStatus = new EnumMap<>(PledgeStatus.class);
        pledges.forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
        return new UnitTotal(
                unit,
                pledges.size(),
                sum(pledges, PledgeSummary::target),
                sum(pledges, PledgeSummary::delivered),
                byStatus);
    }

    private static BigDecimal sum(List<PledgeSummary> pledges, Function<PledgeSummary, BigDecimal> field) {
        return pledges.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
