package org.gsi.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CoordinatesTests {

    @Test
    void prioGridCellFollowsTheHalfDegreeFormula() {
        assertThat(new Coordinates(-90, -180).priogridGid()).isEqualTo(1);
        assertThat(new Coordinates(-90, -179.5).priogridGid()).isEqualTo(2);
        assertThat(new Coordinates(-89.5, -180).priogridGid()).isEqualTo(721);
        assertThat(new Coordinates(0, 0).priogridGid()).isEqualTo(180 * 720 + 360 + 1);
        assertThat(new Coordinates(5.399784, 26.486881).priogridGid()).isEqualTo(137213);
    }

    @Test
    void poleAndAntimeridianStayInsideTheGrid() {
        assertThat(new Coordinates(90, 180).priogridGid()).isEqualTo(259200);
    }

    @Test
    void outOfRangeCoordinatesAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Coordinates(90.01, 0))
                .withMessageContaining("latitude");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Coordinates(0, -180.5))
                .withMessageContaining("longitude");
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(Double.NaN, 0));
    }
}
