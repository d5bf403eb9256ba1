package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecisionRuleTests {

    // participants, endorse, support, can live with, reservation, cannot accept
    private static Tally tally(int participants, int... counts) {
        return Tally.of(participants, counts);
    }

    @Test
    void consensusIsMetWhenEveryParticipantStatedAndNoneCannotAccept() {
        assertThat(DecisionRule.consensus().isMetBy(tally(4, 1, 1, 1, 1, 0))).isTrue();
    }

    @Test
    void consensusIsNotMetWhileAParticipantHasNotStatedAPosition() {
        assertThat(DecisionRule.consensus().isMetBy(tally(4, 2, 1, 0, 0, 0))).isFalse();
    }

    @Test
    void consensusToleratesAReservationButNotAnObjection() {
        assertThat(DecisionRule.consensus().isMetBy(tally(3, 1, 1, 0, 1, 0))).isTrue();
        assertThat(DecisionRule.consensus().isMetBy(tally(3, 1, 1, 0, 0, 1))).isFalse();
    }

    @Test
    void unanimityNeedsEveryParticipantToEndorseOrSupport() {
        assertThat(DecisionRule.unanimity().isMetBy(tally(3, 2, 1, 0, 0, 0))).isTrue();
        assertThat(DecisionRule.unanimity().isMetBy(tally(3, 2, 0, 1, 0, 0))).isFalse();
        assertThat(DecisionRule.unanimity().isMetBy(tally(3, 2, 0, 0, 0, 0))).isFalse();
    }

    @Test
    void consensusMinusOneAcceptsOneObjectionButNotTwo() {
        assertThat(DecisionRule.consensusMinusOne().isMetBy(tally(4, 2, 1, 0, 0, 1)))
                .isTrue();
        assertThat(DecisionRule.consensusMinusOne().isMetBy(tally(4, 2, 0, 0, 0, 2)))
                .isFalse();
    }

    @Test
    void consensusMinusOneStillNeedsEveryParticipantToHaveStated() {
        assertThat(DecisionRule.consensusMinusOne().isMetBy(tally(4, 2, 0, 0, 0, 1)))
                .isFalse();
    }

    @Test
    void qualifiedMajorityCountsEndorseSupportAndCanLiveWithAgainstAllParticipants() {
        DecisionRule twoThirds = DecisionRule.qualifiedMajority(new BigDecimal("0.66"));
        assertThat(twoThirds.isMetBy(tally(3, 0, 1, 1, 1, 0))).isTrue();
        assertThat(twoThirds.isMetBy(tally(3, 1, 0, 0, 1, 1))).isFalse();
        assertThat(twoThirds.isMetBy(tally(6, 2, 1, 1, 0, 0))).isTrue();
        assertThat(twoThirds.isMetBy(tally(6, 2, 1, 0, 0, 0))).isFalse();
    }

    @Test
    void qualifiedMajorityThresholdMustLieBetweenZeroAndOne() {
        assertThatThrownBy(() -> DecisionRule.qualifiedMajority(new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> DecisionRule.qualifiedMajority(BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qualifiedMajorityDescribesItsThresholdAsAPercentage() {
        assertThat(DecisionRule.qualifiedMajority(new BigDecimal("0.75")).describe())
                .isEqualTo("qualified majority of 75%");
    }

    @Test
    void tallyRefusesMorePositionsThanParticipants() {
        assertThatThrownBy(() -> tally(2, 1, 1, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
