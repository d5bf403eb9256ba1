package org.gsi.cooperation.internal;

import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** An ISO 4217 currency in current use, as listed in the IATI Currency codelist. */
public record CurrencyCode(String value) {

    public CurrencyCode {
        if (value == null || !CurrencyCodelist.instance().isActive(value)) {
            throw new InvalidFieldException(
                    "currency", Message.of("cooperation.refused.currency", String.valueOf(value)));
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
