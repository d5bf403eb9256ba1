package org.gsi.commitments;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit a pledge is counted in. Money always carries its ISO 4217 currency, other kinds never
 * do, so two units are equal exactly when quantities in them may be added.
 */
public record PledgeUnit(UnitKind kind, Optional<Currency> currency) {

    public PledgeUnit {
        Objects.requireNonNull(kind, "unit kind");
        Objects.requireNonNull(currency, "currency");
        if (kind == UnitKind.MONEY && currency.isEmpty()) {
            throw new IllegalArgumentException("Money needs an ISO 4217 currency");
        }
        if (kind != UnitKind.MONEY && currency.isPresent()) {
            throw new IllegalArgumentException("Only money carries a currency, not " + kind);
        }
    }

    public static PledgeUnit of(UnitKind kind) {
        return new PledgeUnit(kind, Optional.empty());
    }

    public static PledgeUnit money(String isoCurrency) {
        return new PledgeUnit(UnitKind.MONEY, Optional.of(Currency.getInstance(isoCurrency)));
    }

    public static PledgeUnit trainingPlaces() {
        return of(UnitKind.TRAINING_PLACES);
    }

    @Override
    public String toString() {
        return currency.map(c -> kind + " " + c.getCurrencyCode()).orElse(kind.toString());
    }
}
