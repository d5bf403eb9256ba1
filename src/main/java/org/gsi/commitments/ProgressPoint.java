package org.gsi.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cumulative delivery against the linear path to the target on one day. */
public record ProgressPoint(LocalDate date, BigDecimal delivered, BigDecimal expected, PledgeStatus status) {}
