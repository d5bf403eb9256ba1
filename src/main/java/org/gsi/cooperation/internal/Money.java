package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

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
            throw new InvalidFieldException(
                    "amount", Message.of("cooperation.refused.decimal", String.valueOf(amount)));
        }
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    Money requireNotNegative(String field) {
        if (isNegative()) {
            throw new InvalidFieldException(
                    field, Message.of("cooperation.refused.notNegative", amount.toPlainString()));
        }
        return this;
    }
}
