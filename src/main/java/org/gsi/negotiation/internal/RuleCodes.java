package org.gsi.negotiation.internal;

import java.math.BigDecimal;
import org.gsi.negotiation.DecisionRule;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

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
                    throw new InvalidInputException("threshold", Message.of("negotiation.refused.threshold"));
                }
                yield DecisionRule.qualifiedMajority(threshold);
            }
            default -> throw new InvalidInputException("rule", Message.of("negotiation.refused.rule"));
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
