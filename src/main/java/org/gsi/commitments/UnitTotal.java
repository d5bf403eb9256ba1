package org.gsi.commitments;

import java.math.BigDecimal;
import java.util.Map;

/** Pledges of one unit added up: how many, their targets, what was delivered, by status. */
public record UnitTotal(
        PledgeUnit unit, int pledges, BigDecimal target, BigDecimal delivered, Map<PledgeStatus, Integer> byStatus) {

    public UnitTotal {
        byStatus = Map.copyOf(byStatus);
    }
}
