package org.gsi.earlywarning.internal.forecasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gsi.earlywarning.internal.forecasts.ForecastViews.ForecastView;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.GedPanelReader;
import org.gsi.earlywarning.internal.forecasts.models.Panel;
import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Test;

class StoredForecastTests {

    private static Panel car() {
        return new GedPanelReader()
                .read(
                        new InputStreamReader(
                                Objects.requireNonNull(StoredForecastTests.class.getResourceAsStream(
                                        "/earlywarning/forecast/ged_car_state_based.csv")),
                                StandardCharsets.UTF_8),
                        UnitLevel.COUNTRY);
    }

    @Test
    void forecastsAreReproducibleWithTheSeed() {
        Panel panel = car();

        List<ForecastView> first = ForecastService.forecasts(panel, ForecastBacktests.countModel());
        List<ForecastView> second = ForecastService.forecasts(panel, ForecastBacktests.countModel());

        assertThat(first).hasSize(12).isEqualTo(second);
        assertThat(first.get(0).month()).isEqualTo("2023-01");
        assertThat(first.get(11).month()).isEqualTo("2023-12");
    }

    @Test
    void admin1UnitsOfOneCountryAreNeighbours() {
        Map<Integer, int[]> n = StoredPanels.sameCountry(List.of("CAF/Vakaga", "CAF/Ouham", "TCD/Salamat"));

        assertThat(n.get(0)).containsExactly(1);
        assertThat(n.get(2)).isEmpty();
        assertThat(StoredPanels.countryOf("CAF/Vakaga")).isEqualTo("CAF");
    }
}
