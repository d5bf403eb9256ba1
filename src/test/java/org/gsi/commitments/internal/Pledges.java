package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.SourceReference;
import org.gsi.platform.Visibility;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyCode;

/** Pledges used across the tests. */
final class Pledges {

    static final PartyCode CHINA = PartyCode.of("CHN");
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);

    private Pledges() {}

    /** The concept paper's 5,000 training opportunities over five years for developing countries. */
    static Pledge trainingPlaces() {
        return trainingPlaces(Visibility.PUBLIC);
    }

    static Pledge trainingPlaces(Visibility visibility) {
        return Pledge.make(
                PledgeId.random(),
                new PledgeTerms(
                        CHINA,
                        "5,000 training opportunities in the next five years",
                        PledgeUnit.trainingPlaces(),
                        BigDecimal.valueOf(5000),
                        new Period(START, END),
                        Set.of("III.19", "IV.5"),
                        new BeneficiaryRule.InGroup(CountryGroup.DEVELOPING),
                        Optional.of(new SourceReference("document", "GSI Concept Paper IV.5")),
                        visibility));
    }

    static Pledge money(String pledger, String amount, String currency, String area) {
        return Pledge.make(
                PledgeId.random(),
                new PledgeTerms(
                        PartyCode.of(pledger),
                        "Financial assistance to AU peace operations",
                        PledgeUnit.money(currency),
                        new BigDecimal(amount),
                        new Period(START, END),
                        Set.of(area),
                        BeneficiaryRule.parties("au"),
                        Optional.empty(),
                        Visibility.PUBLIC));
    }
}
