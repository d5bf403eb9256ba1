package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import org.gsi.cooperation.internal.Money;

/** A budget element: its BudgetType (1 original, 2 revised), period and value. */
public record IatiBudget(int type, LocalDate periodStart, LocalDate periodEnd, Money value) {

    public static final int ORIGINAL = 1;
    public static final int REVISED = 2;

    public boolean revised() {
        return type == REVISED;
    }
}
