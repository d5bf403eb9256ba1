package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored Goldstein tenths equal the decimal rule (half up on the shortest decimal form) for every score. */
class GoldsteinTenthsTests {

    private static int byTheRule(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .unscaledValue()
                .intValueExact();
    }

    @Test
    void everyScoreASourceWritesAndAnyOtherGiveTheRulesTenths() {
        for (int t = -100; t <= 100; t++) {
            double written = Double.parseDouble(BigDecimal.valueOf(t, 1).toPlainString());
            assertThat(RowPreparer.goldsteinTenths(written)).as("%s", written).isEqualTo(t);
        }
        double[] odd = {2.35, -2.35, 0.05, -0.05, 0.049999999, 9.95, -9.95, 1.25, 3.3333333, -7.777, 0.0, -0.0};
        for (double v : odd) {
            assertThat(RowPreparer.goldsteinTenths(v)).as("%s", v).isEqualTo(byTheRule(v));
        }
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double v = (random.nextDouble() - 0.5) * 20;
            if (i % 2 == 0) {
                v = Math.round(v * 1000) / 1000.0;
            }
            assertThat(RowPreparer.goldsteinTenths(v)).as("%s", v).isEqualTo(byTheRule(v));
        }
    }
}
