package org.gsi.commitments;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a pledge unit. */
public record Quantity(BigDecimal amount, PledgeUnit unit) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(long amount, PledgeUnit unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity of(String amount, PledgeUnit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }
}
