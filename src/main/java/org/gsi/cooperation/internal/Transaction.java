package org.gsi.cooperation.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** A financial transaction of a project, typed after IATI, with its provider and receiver when known. */
public record Transaction(
        TransactionType type,
        LocalDate date,
        Money value,
        Optional<OrgRef> provider,
        Optional<OrgRef> receiver,
        Optional<String> description) {

    public Transaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        if (value.isNegative() && !type.allowsNegative()) {
            throw new InvalidFieldException(
                    "amount",
                    Message.of(
                            "cooperation.refused.negative",
                            type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                            value.amount().toPlainString()));
        }
    }

    public static Transaction of(TransactionType type, LocalDate date, Money value) {
        return new Transaction(type, date, value, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
