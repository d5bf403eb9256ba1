package org.gsi.earlywarning.internal.forecasts;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gsi.earlywarning.internal.forecasts.models.ForecastBacktests;
import org.gsi.earlywarning.internal.forecasts.models.Panel;
import org.gsi.earlywarning.internal.ingest.CountryCodes;
import org.springframework.stereotype.Component;

/**
 * The country-year conflict-incidence forecast for the year after the shipped UCDP/PRIO ACD data: the probability
 * that a state is a primary party to an armed conflict with at least 25 battle deaths. Computed once, seeded.
 */
@Component
class IncidenceForecast {

    /** One state's probability of conflict incidence in {@code year}. */
    record StateForecast(
            int gwCode, String iso3, String name, int year, double probability, boolean inConflictLastYear) {}

    private final AtomicReference<List<StateForecast>> cached = new AtomicReference<>();

    List<StateForecast> nextYear() {
        List<StateForecast> current = cached.get();
        if (current == null) {
            current = compute();
            cached.set(current);
        }
        return current;
    }

    private static List<StateForecast> compute() {
        Panel panel = BacktestJobs.acdPanel();
        CountryCodes codes = CountryCodes.load();
        var forecast = ForecastBacktests.incidenceModel().forecast(panel, 1);
        int year = panel.lastPeriod() + 1;
        return panel.units().stream()
                .filter(u -> panel.isActive(panel.indexOf(u).orElseThrow(), panel.lastPeriod()))
                .filter(forecast::containsKey)
                .map(u -> {
                    int gw = Integer.parseInt(u);
                    return new StateForecast(
                            gw,
                            codes.fromGleditschWard(gw).orElse(""),
                            codes.gleditschWardStateName(gw).orElse(u),
                            year,
                            forecast.get(u).probabilityAbove(0),
                            panel.value(panel.indexOf(u).orElseThrow(), panel.lastPeriod()) > 0);
                })
                .sorted(Comparator.comparingDouble(StateForecast::probability).reversed())
                .toList();
    }
}
