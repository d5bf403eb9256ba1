package org.gsi.negotiation;

import java.math.BigDecimal;
import java.util.Objects;

/** The rule by which a paragraph, an option or a whole text is agreed. */
public sealed interface DecisionRule {

    boolean isMetBy(Tally tally);

    String describe();

    static DecisionRule consensus() {
        return new Consensus();
    }

    static DecisionRule unanimity() {
        return new Unanimity();
    }

    static DecisionRule consensusMinusOne() {
        return new ConsensusMinusOne();
    }

    static DecisionRule qualifiedMajority(BigDecimal threshold) {
        return new QualifiedMajority(threshold);
    }

    /** Every participant has stated a position and none cannot accept. */
    record Consensus() implements DecisionRule {
        @Override
        public boolean isMetBy(Tally tally) {
            return tally.participants() > 0 && tally.notStated() == 0 && tally.cannotAccept() == 0;
        }

        @Override
        public String describe() {
            return "consensus";
        }
    }

    /** Every participant endorses or supports. */
    record Unanimity() implements DecisionRule {
        @Override
        public boolean isMetBy(Tally tally) {
            return tally.participants() > 0 && tally.favourable() == tally.participants();
        }

        @Override
        public String describe() {
            return "unanimity";
        }
    }

    /** Every participant has stated a position and at most one cannot accept. */
    record ConsensusMinusOne() implements DecisionRule {
        @Override
        public boolean isMetBy(Tally tally) {
            return tally.participants() > 0 && tally.notStated() == 0 && tally.cannotAccept() <= 1;
        }

        @Override
        public String describe() {
            return "consensus minus one";
        }
    }

    /**
     * The share of participants who endorse, support or can live with it reaches the threshold
     * (a fraction in (0, 1], e.g. 0.67).
     */
    record QualifiedMajority(BigDecimal threshold) implements DecisionRule {
        public QualifiedMajority {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("A qualified majority threshold lies in (0, 1], not " + threshold);
            }
        }

        @Override
        public boolean isMetBy(Tally tally) {
            if (tally.participants() == 0) {
                return false;
            }
            BigDecimal needed = threshold.multiply(BigDecimal.valueOf(tally.participants()));
            return BigDecimal.valueOf(tally.accepting()).compareTo(needed) >= 0;
        }

        @Override
        public String describe() {
            return "qualified majority of "
                    + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
