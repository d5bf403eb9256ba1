package org.gsi.earlywarning.internal.ingest.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as they appear in alert sentences: at most two decimals, no trailing zeros. */
final class Numbers {

    private Numbers() {}

    static String show(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
