package org.gsi.registry;

import java.time.LocalDate;

/** A membership was recorded with a new status, effective from a date. */
public record MembershipChanged(String mechanismCode, String memberCode, String status, LocalDate effectiveFrom) {}
