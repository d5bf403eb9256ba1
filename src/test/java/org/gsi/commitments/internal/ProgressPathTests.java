package org.gsi.commitments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.commitments.internal.Pledges.CHINA;

import java.time.LocalDate;
import java.util.List;
import org.gsi.commitments.PledgeStatus;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.ProgressPoint;
import org.gsi.commitments.Quantity;
import org.gsi.commitments.ReportDelivery;
import org.junit.jupiter.api.Test;

class ProgressPathTests {

    private final ProgressPath path = new ProgressPath(StatusPolicy.standard());
    private final FixedPartyAttributes attributes = new FixedPartyAttributes();

    private void deliver(Pledge pledge, int places, LocalDate on) {
        pledge.record(ReportDelivery.of(CHINA, Quantity.of(places, PledgeUnit.trainingPlaces()), on), attributes);
    }

    @Test
    void theTrainingPledgeFallsBehindWhenCoursesLag() {
        Pledge pledge = Pledges.trainingPlaces();
        deliver(pledge, 500, LocalDate.of(2023, 6, 30));

        List<ProgressPoint> points = path.of(pledge, LocalDate.of(2024, 1, 15));

        assertThat(points).first().satisfies(p -> {
            assertThat(p.date()).isEqualTo(Pledges.START);
            assertThat(p.delivered()).isZero();
        });
        assertThat(points).last().satisfies(p -> {
            assertThat(p.date()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(p.delivered()).isEqualByComparingTo("500");
            assertThat(p.expected()).isGreaterThan(p.delivered());
            assertThat(p.status()).isEqualTo(PledgeStatus.BEHIND);
        });
        assertThat(points).hasSize(14);
        assertThat(points.get(6).status()).isEqualTo(PledgeStatus.ON_TRACK);
    }

    @Test
    void thePathStopsAtThePeriodEndAndShowsTheLapse() {
        Pledge pledge = Pledges.trainingPlaces();
        deliver(pledge, 4000, LocalDate.of(2027, 1, 1));

        List<ProgressPoint> points = path.of(pledge, LocalDate.of(2030, 1, 1));

        assertThat(points).last().satisfies(p -> {
            assertThat(p.date()).isEqualTo(Pledges.END);
            assertThat(p.expected()).isEqualByComparingTo("5000");
            assertThat(p.status()).isEqualTo(PledgeStatus.BEHIND);
        });
        assertThat(pledge.statusOn(LocalDate.of(2030, 1, 1), StatusPolicy.standard()))
                .isEqualTo(PledgeStatus.LAPSED);
    }

    @Test
    void aPathBeforeThePeriodIsEmpty() {
        assertThat(path.of(Pledges.trainingPlaces(), LocalDate.of(2022, 1, 1))).isEmpty();
    }
}
