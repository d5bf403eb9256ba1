package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gsi.cooperation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void totalsAreKeptByTypeYearAndCurrencyWithoutRounding() {
        List<Transaction> ledger = List.of(
                tx(TransactionType.INCOMING_COMMITMENT, "2024-02-01", "1000000.00", "USD"),
                tx(TransactionType.DISBURSEMENT, "2024-03-15", "250000.10", "USD"),
                tx(TransactionType.DISBURSEMENT, "2024-09-30", "0.20", "USD"),
                tx(TransactionType.DISBURSEMENT, "2025-01-10", "100", "USD"),
                tx(TransactionType.DISBURSEMENT, "2024-04-01", "70000", "CNY"));

        Map<MoneyTotals.Key, BigDecimal> totals = MoneyTotals.byTypeAndYear(ledger);

        assertThat(totals.get(new MoneyTotals.Key(TransactionType.DISBURSEMENT, 2024, CurrencyCode.of("USD"))))
                .isEqualByComparingTo("250000.30");
        assertThat(totals.get(new MoneyTotals.Key(TransactionType.DISBURSEMENT, 2024, CurrencyCode.of("CNY"))))
                .isEqualByComparingTo("70000");
        assertThat(totals).hasSize(4);
        assertThat(totals.keySet().iterator().next().type()).isEqualTo(TransactionType.DISBURSEMENT);
        assertThat(MoneyTotals.byType(ledger, TransactionType.DISBURSEMENT).get(CurrencyCode.of("USD")))
                .isEqualByComparingTo("250100.30");
    }

    @Test
    void aNegativeDisbursementIsAReversalButNegativeIncomingFundsAreRefused() {
        assertThat(tx(TransactionType.DISBURSEMENT, "2024-01-01", "-50", "EUR")
                        .value()
                        .isNegative())
                .isTrue();
        assertThatThrownBy(() -> tx(TransactionType.INCOMING_FUNDS, "2024-01-01", "-50", "EUR"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("amount: incoming funds cannot be negative, was -50");
        assertThatThrownBy(() -> tx(TransactionType.OUTGOING_PLEDGE, "2024-01-01", "-1", "EUR"))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void transactionTypesFollowTheIatiCodelist() {
        assertThat(TransactionType.fromIatiCode("11")).isEqualTo(TransactionType.INCOMING_COMMITMENT);
        assertThat(TransactionType.fromIatiCode("4")).isEqualTo(TransactionType.EXPENDITURE);
        assertThatThrownBy(() -> TransactionType.fromIatiCode("14")).hasMessageContaining("transactionType");
    }

    @Test
    void aCounterpartNeedsAReferenceOrAName() {
        assertThat(OrgRef.of(null, "Ministry of Emergency Situations").name()).isPresent();
        assertThatThrownBy(() -> OrgRef.of(" ", null)).isInstanceOf(InvalidFieldException.class);
    }

    static Transaction tx(TransactionType type, String date, String amount, String currency) {
        return Transaction.of(type, LocalDate.parse(date), Money.of(amount, currency));
    }
}
