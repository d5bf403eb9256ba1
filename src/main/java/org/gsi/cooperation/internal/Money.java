package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.gsi.cooperation.InvalidFieldException;

/** An exact decimal amount in a currency. */
public record Money(BigDecimal amount, CurrencyCode currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("amount", "'" + amount + "' is not a decimal number");
        }
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    Money requireNotNegative(String field) {
        if (isNegative()) {
            throw new InvalidFieldException(field, "must not be negative, was " + amount.toPlainString());
        }
        return this;
    }
}
