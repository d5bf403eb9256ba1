package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Test;

class PanelReaderTests {

    @Test
    void gedCountryPanelSumsStateBasedBestFatalitiesPerMonth() {
        Panel panel = ForecastData.gedCar(UnitLevel.COUNTRY);
        assertThat(panel.units()).containsExactly("482");
        assertThat(panel.cadence().label(panel.firstPeriod())).isEqualTo("1991-01");
        assertThat(panel.cadence().label(panel.lastPeriod())).isEqualTo("2022-12");
        double total = 0;
        for (int t = panel.firstPeriod(); t <= panel.lastPeriod(); t++) {
            total += panel.value(0, t);
        }
        assertThat(total).isEqualTo(3120.0);
        assertThat(panel.value(0, Cadence.monthPeriod(YearMonth.of(2021, 3)))).isEqualTo(6.0);
    }

    @Test
    void gedAdmin1PanelHasEveryProvinceOfTheFileWithItsCountryNeighbours() {
        Panel panel = ForecastData.gedCar(UnitLevel.ADMIN1);
        assertThat(panel.units()).hasSize(17);
        int bangui = panel.indexOf("482/Bangui province").orElseThrow();
        assertThat(panel.value(bangui, Cadence.monthPeriod(YearMonth.of(2001, 5))))
                .isEqualTo(182.0);
        assertThat(panel.neighboursOf(bangui)).hasSize(16).doesNotContain(bangui);
    }

    @Test
    void acdPanelMarksConflictYearsAndStateExistenceAndContiguity() {
        Panel panel = ForecastData.acdCountryYears();
        int car = panel.indexOf("482").orElseThrow();
        int chad = panel.indexOf("483").orElseThrow();
        int southSudan = panel.indexOf("626").orElseThrow();
        assertThat(panel.value(car, 2013)).isEqualTo(1.0);
        assertThat(panel.value(car, 1990)).isEqualTo(0.0);
        assertThat(panel.neighboursOf(car)).contains(chad, southSudan);
        assertThat(panel.isActive(southSudan, 2010)).isFalse();
        assertThat(panel.isActive(southSudan, 2024)).isTrue();
    }
}
