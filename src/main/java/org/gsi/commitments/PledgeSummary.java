package org.gsi.commitments;

import java.math.BigDecimal;
import java.util.Set;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;

/** A pledge as other modules and pages see it on a given day. */
public record PledgeSummary(
        PledgeId id,
        PartyCode pledger,
        String text,
        PledgeUnit unit,
        BigDecimal target,
        BigDecimal delivered,
        PledgeStatus status,
        Set<String> priorityAreas,
        Visibility visibility) {}
