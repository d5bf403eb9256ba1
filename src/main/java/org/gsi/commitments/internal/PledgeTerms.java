package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.SourceReference;
import org.gsi.platform.Visibility;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.PartyCode;

/** What a party promises: the fixed terms of a pledge. */
record PledgeTerms(
        PartyCode pledger,
        String text,
        PledgeUnit unit,
        BigDecimal target,
        Period period,
        Set<String> priorityAreas,
        BeneficiaryRule beneficiaries,
        Optional<SourceReference> madeAt,
        Visibility visibility) {

    PledgeTerms {
        Objects.requireNonNull(pledger, "pledger");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        priorityAreas = Set.copyOf(priorityAreas);
        Objects.requireNonNull(beneficiaries, "beneficiaries");
        Objects.requireNonNull(madeAt, "made at");
        Objects.requireNonNull(visibility, "visibility");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A pledge needs its text");
        }
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("A pledge target must be positive: " + target);
        }
    }
}
