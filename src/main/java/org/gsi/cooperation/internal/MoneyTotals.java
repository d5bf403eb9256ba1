package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of transactions by type, calendar year and currency. Currencies are never converted or mixed: an amount in
 * EUR and one in USD give two totals.
 */
public final class MoneyTotals {

    /** One line of the totals. */
    public record Key(TransactionType type, int year, CurrencyCode currency) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::type)
            .thenComparingInt(Key::year)
            .thenComparing(key -> key.currency().value());

    private MoneyTotals() {}

    public static Map<Key, BigDecimal> byTypeAndYear(Collection<Transaction> transactions) {
        Map<Key, BigDecimal> totals = new TreeMap<>(ORDER);
        for (Transaction t : transactions) {
            Key key = new Key(t.type(), t.date().getYear(), t.value().currency());
            totals.merge(key, t.value().amount(), BigDecimal::add);
        }
        return totals;
    }

    public static Map<CurrencyCode, BigDecimal> byType(Collection<Transaction> transactions, TransactionType type) {
        Map<CurrencyCode, BigDecimal> totals = new TreeMap<>(Comparator.comparing(CurrencyCode::value));
        transactions.stream()
                .filter(t -> t.type() == type)
                .forEach(t -> totals.merge(t.value().currency(), t.value().amount(), BigDecimal::add));
        return totals;
    }
}
