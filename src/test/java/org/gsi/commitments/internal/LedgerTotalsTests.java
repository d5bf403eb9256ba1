package org.gsi.commitments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gsi.commitments.PledgeStatus;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.UnitTotal;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class LedgerTotalsTests {

    private final LocalDate day = LocalDate.of(2024, 1, 1);

    private List<PledgeSummary> summaries(Pledge... pledges) {
        return java.util.Arrays.stream(pledges)
                .map(p -> p.summaryOn(day, StatusPolicy.standard()))
                .toList();
    }

    @Test
    void perPartyTotalsKeepCurrenciesApart() {
        List<PledgeSummary> all = summaries(
                Pledges.money("CHN", "1000", "USD", "III.1"),
                Pledges.money("CHN", "500", "USD", "III.1"),
                Pledges.money("CHN", "700", "CNY", "III.1"),
                Pledges.money("KAZ", "50", "USD", "III.12"));

        Map<PartyCode, List<UnitTotal>> totals = LedgerTotals.perParty(all);

        assertThat(totals.get(PartyCode.of("CHN")))
                .extracting(UnitTotal::unit, UnitTotal::pledges, t -> t.target().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PledgeUnit.money("CNY"), 1, 700),
                        org.assertj.core.groups.Tuple.tuple(PledgeUnit.money("USD"), 2, 1500));
        assertThat(totals.get(PartyCode.of("KAZ")))
                .singleElement()
                .satisfies(t -> assertThat(t.byStatus()).containsEntry(PledgeStatus.BEHIND, 1));
    }

    @Test
    void aPledgeCountsInEachOfItsAreas() {
        Map<String, List<UnitTotal>> totals =
                LedgerTotals.perArea(summaries(Pledges.trainingPlaces(), Pledges.money("CHN", "9", "USD", "IV.5")));

        assertThat(totals).containsOnlyKeys("III.19", "IV.5");
        assertThat(totals.get("IV.5")).hasSize(2);
        assertThat(totals.get("III.19"))
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("5000"));
    }
}
