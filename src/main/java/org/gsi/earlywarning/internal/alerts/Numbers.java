package org.gsi.earlywarning.internal.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as alert explanations give them: at most two decimals, no trailing zeros. */
final class Numbers {

    private Numbers() {}

    static BigDecimal show(double value) {
        BigDecimal shown =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0) : shown;
    }
}
