package org.gsi.commitments;

import java.math.BigDecimal;
import org.gsi.registry.PartyCode;

/** A party made a pledge. */
public record PledgeMade(PledgeId pledge, PartyCode pledger, PledgeUnit unit, BigDecimal target) {}
