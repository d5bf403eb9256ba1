package org.gsi.cooperation.internal;

import java.util.Arrays;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/**
 * IATI TransactionType codes. Commitments, disbursements and expenditure may be negative, as IATI publishers
 * report reductions and reversals that way; every other type is a flow that is never negative.
 */
public enum TransactionType {
    INCOMING_FUNDS(1, false),
    OUTGOING_COMMITMENT(2, true),
    DISBURSEMENT(3, true),
    EXPENDITURE(4, true),
    INTEREST_PAYMENT(5, false),
    LOAN_REPAYMENT(6, false),
    REIMBURSEMENT(7, false),
    PURCHASE_OF_EQUITY(8, false),
    SALE_OF_EQUITY(9, false),
    CREDIT_GUARANTEE(10, false),
    INCOMING_COMMITMENT(11, true),
    OUTGOING_PLEDGE(12, false),
    INCOMING_PLEDGE(13, false);

    private final int iatiCode;
    private final boolean allowsNegative;

    TransactionType(int iatiCode, boolean allowsNegative) {
        this.iatiCode = iatiCode;
        this.allowsNegative = allowsNegative;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public boolean allowsNegative() {
        return allowsNegative;
    }

    public static TransactionType fromIatiCode(String code) {
        return Arrays.stream(values())
                .filter(type -> String.valueOf(type.iatiCode).equals(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        "transactionType", Message.of("cooperation.refused.iatiCode", String.valueOf(code))));
    }
}
