package org.gsi.earlywarning.internal.forecasts.models;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.gsi.earlywarning.internal.indicators.UnitLevel;

/** The shipped UCDP samples and reference files, read from the classpath. */
final class ForecastData {

    private ForecastData() {}

    static Reader resource(String name) {
        return new InputStreamReader(
                Objects.requireNonNull(ForecastData.class.getResourceAsStream("/earlywarning/forecast/" + name), name),
                StandardCharsets.UTF_8);
    }

    static Panel gedCar(UnitLevel level) {
        return new GedPanelReader().read(resource("ged_car_state_based.csv"), level);
    }

    static Panel acdCountryYears() {
        return new AcdPanelReader()
                .read(
                        resource("ucdp_acd_conflict_years.csv"),
                        resource("gw_states.csv"),
                        resource("cow_contdir.csv"),
                        1946,
                        2024);
    }
}
