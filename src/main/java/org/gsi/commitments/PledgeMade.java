package org.gsi.commitments;

import java.math.BigDecimal;

/** A party made a pledge. */
public record PledgeMade(PledgeId pledge, PartyCode pledger, PledgeUnit unit, BigDecimal target) {}
