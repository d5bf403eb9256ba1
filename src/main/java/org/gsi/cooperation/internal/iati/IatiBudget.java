package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import org.gsi.cooperation.internal.Money;

/** A budget element: a period and its value. */
public record IatiBudget(LocalDate periodStart, LocalDate periodEnd, Money value) {}
