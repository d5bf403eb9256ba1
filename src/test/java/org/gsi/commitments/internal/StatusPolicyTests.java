package org.gsi.commitments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gsi.commitments.PledgeStatus;
import org.junit.jupiter.api.Test;

class StatusPolicyTests {

    private final StatusPolicy policy = StatusPolicy.standard();
    /** 100 days: 2024-01-01 to 2024-04-09. */
    private final Period period = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 9));

    private final BigDecimal target = BigDecimal.valueOf(1000);
    private final LocalDate day50 = LocalDate.of(2024, 2, 19);

    private PledgeStatus status(String delivered, LocalDate day) {
        return policy.status(target, period, new BigDecimal(delivered), day);
    }

    @Test
    void theLinearPathExpectsTheElapsedShareOfTheTarget() {
        assertThat(policy.expected(target, period, day50)).isEqualByComparingTo("500");
        assertThat(policy.expected(target, period, period.start())).isEqualByComparingTo("10");
        assertThat(policy.expected(target, period, period.start().minusDays(5))).isZero();
        assertThat(policy.expected(target, period, period.end().plusDays(5))).isEqualByComparingTo("1000");
    }

    @Test
    void withinTenPercentUnderThePathIsOnTrack() {
        assertThat(status("450", day50)).isEqualTo(PledgeStatus.ON_TRACK);
        assertThat(status("455", day50)).isEqualTo(PledgeStatus.ON_TRACK);
    }

    @Test
    void moreThanTenPercentUnderThePathIsBehind() {
        assertThat(status("449", day50)).isEqualTo(PledgeStatus.BEHIND);
        assertThat(status("0", day50)).isEqualTo(PledgeStatus.BEHIND);
    }

    @Test
    void nothingDeliveredBeforeTheStartIsOnTrack() {
        assertThat(status("0", period.start().minusDays(1))).isEqualTo(PledgeStatus.ON_TRACK);
    }

    @Test
    void reachingTheTargetIsMetEvenAfterTheEnd() {
        assertThat(status("1000", day50)).isEqualTo(PledgeStatus.MET);
        assertThat(status("1200", period.end().plusYears(1))).isEqualTo(PledgeStatus.MET);
    }

    @Test
    void missingTheTargetByTheEndLapses() {
        assertThat(status("999", period.end())).isEqualTo(PledgeStatus.ON_TRACK);
        assertThat(status("999", period.end().plusDays(1))).isEqualTo(PledgeStatus.LAPSED);
    }

    @Test
    void aToleranceOfOneOrMoreIsRefused() {
        assertThatThrownBy(() -> new StatusPolicy(BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
