package org.gsi.negotiation.internal;

import java.math.BigDecimal;
import org.gsi.negotiation.DecisionRule;
import org.gsi.platform.InvalidInputException;

/** The decision rules as written in the API and stored: consensus, unanimity, consensus-minus-one, qualified-majority. */
final class RuleCodes {

    private RuleCodes() {}

    static DecisionRule parse(String code, BigDecimal threshold) {
        String c = code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case "consensus" -> DecisionRule.consensus();
            case "unanimity" -> DecisionRule.unanimity();
            case "consensus-minus-one" -> DecisionRule.consensusMinusOne();
            case "qualified-majority" -> {
                if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
                    throw new InvalidInputException(
                            "threshold", "a qualified majority needs a threshold above 0 and at most 1, e.g. 0.67");
                }
                yield DecisionRule.qualifiedMajority(threshold);
            }
            default ->
                throw new InvalidInputException(
                        "rule", "must be one of consensus, unanimity, consensus-minus-one, qualified-majority");
        };
    }

    static String codeOf(DecisionRule rule) {
        if (rule instanceof DecisionRule.Unanimity) {
            return "unanimity";
        }
        if (rule instanceof DecisionRule.ConsensusMinusOne) {
            return "consensus-minus-one";
        }
        if (rule instanceof DecisionRule.QualifiedMajority) {
            return "qualified-majority";
        }
        return "consensus";
    }
}
