package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.SourceReference;
import org.gsi.commitments.UnitKind;
import org.gsi.platform.Visibility;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyCode;

/** A pledge as stored, with its delivered total. */
record PledgeRow(
        UUID id,
        String pledger,
        String text,
        String unitKind,
        String currency,
        BigDecimal target,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> priorityAreas,
        String beneficiaryRule,
        List<String> beneficiaryCodes,
        List<String> participants,
        String madeAtKind,
        String madeAtReference,
        String visibility,
        BigDecimal delivered,
        boolean demo,
        long version) {

    PledgeUnit unit() {
        UnitKind kind = UnitKind.valueOf(unitKind);
        return kind == UnitKind.MONEY ? PledgeUnit.money(currency) : PledgeUnit.of(kind);
    }

    Period period() {
        return new Period(periodStart, periodEnd);
    }

    BeneficiaryRule rule() {
        return switch (beneficiaryRule) {
            case "parties" ->
                new BeneficiaryRule.SpecificParties(
                        beneficiaryCodes.stream().map(PartyCode::of).collect(java.util.stream.Collectors.toSet()));
            case "members" -> new BeneficiaryRule.MembersOf(beneficiaryCodes.get(0));
            default -> new BeneficiaryRule.InGroup(group(beneficiaryRule));
        };
    }

    static CountryGroup group(String rule) {
        return switch (rule) {
            case "developing" -> CountryGroup.DEVELOPING;
            case "ldc" -> CountryGroup.LEAST_DEVELOPED;
            case "sids" -> CountryGroup.SMALL_ISLAND_DEVELOPING;
            case "lldc" -> CountryGroup.LANDLOCKED_DEVELOPING;
            default -> throw new IllegalArgumentException(rule);
        };
    }

    PledgeTerms terms() {
        return new PledgeTerms(
                PartyCode.of(pledger),
                text,
                unit(),
                target,
                period(),
                java.util.Set.copyOf(priorityAreas),
                rule(),
                Optional.ofNullable(madeAtKind).map(k -> new SourceReference(k, madeAtReference)),
                Visibility.valueOf(visibility));
    }

    /** The stored pledge as its aggregate, with the ledger read from storage. */
    Pledge aggregate(List<Delivery> deliveries) {
        return Pledge.restore(new PledgeId(id), terms(), deliveries);
    }
}
