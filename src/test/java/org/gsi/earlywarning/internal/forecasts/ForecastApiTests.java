package org.gsi.earlywarning.internal.forecasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Forecasts computed from the stored demo events (the shipped UCDP GED CAR extract), their API, map and pages. */
@PlatformTest
class ForecastApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        await(() -> api.get("/api/v1/forecasts?unit=admin1&horizon=1").body(), b -> b.contains("CAF/"), 180);
    }

    @Test
    void storedEventsYieldThirtySixMonthlyForecastsForTheCountry() {
        await(() -> api.get("/api/v1/forecasts?unit=country&country=CAF").body(), b -> b.contains("CAF"), 300);
        JsonNode body = api.get("/api/v1/forecasts?unit=country&country=CAF").json();
        JsonNode forecasts = body.get("forecasts");

        assertThat(forecasts).hasSize(36);
        assertThat(body.get("run").get("model").asString()).isEqualTo("gbt-hurdle+trailing-mean-12");
        assertThat(body.get("run").get("seed").asLong()).isEqualTo(20240501L);
        for (JsonNode f : forecasts) {
            assertThat(f.get("q05").asInt()).isLessThanOrEqualTo(f.get("q50").asInt());
            assertThat(f.get("q50").asInt()).isLessThanOrEqualTo(f.get("q95").asInt());
            assertThat(f.get("pGt25").asDouble())
                    .isLessThanOrEqualTo(f.get("pGt0").asDouble());
            assertThat(f.get("pGt0").asDouble()).isBetween(0.0, 1.0);
        }
        // the country is forecast from its own last month of UCDP data, whatever other countries' data reach
        String newestEvent = api.get("/api/v1/events?country=CAF&source=ucdp-ged&size=1")
                .json()
                .get("items")
                .get(0)
                .get("date")
                .asString();
        assertThat(forecasts.get(0).get("month").asString()).isGreaterThan(newestEvent.substring(0, 7));
    }

    @Test
    void admin1ForecastsCoverTheCountrysDivisions() {
        JsonNode forecasts = api.get("/api/v1/forecasts?unit=admin1&country=CAF&horizon=3")
                .json()
                .get("forecasts");

        assertThat(forecasts.size()).isGreaterThan(3);
        forecasts.forEach(f -> {
            assertThat(f.get("unit").asString()).startsWith("CAF/");
            assertThat(f.get("horizon").asInt()).isEqualTo(3);
        });
    }

    @Test
    void theForecastMapIsKeyedByM49() {
        JsonNode map = api.get("/api/v1/forecasts/map?horizon=1&metric=p_gt_0").json();

        assertThat(map.get("countries").get("140").get("iso3").asString()).isEqualTo("CAF");
        assertThat(api.get("/api/v1/forecasts/map?metric=mode").status()).isEqualTo(400);
        Api.Response unknown = api.get("/api/v1/forecasts?unit=province");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unit");
        assertThat(api.get("/api/v1/forecasts/grid?horizon=37").status()).isEqualTo(400);
    }

    @Test
    void theForecastFragmentShowsIntervalsOrAReadableEmptyState() {
        String car = api.get("/early-warning/fragments/forecast?country=CAF").body();
        String none = api.get("/early-warning/fragments/forecast?country=NOR").body();

        assertThat(car).contains("<table").contains("<meter").contains("ew-forecast-chart");
        assertThat(car).containsPattern("&quot;months&quot;:\\[&quot;\\d{4}-\\d{2}&quot;,");
        assertThat(none).doesNotContain("<table").contains("NOR");
    }

    @Test
    void aBacktestOnStoredEventsReportsEveryForecasterPerWindowAndOnAverage() {
        Api.Response submitted = api.post(
                "/api/v1/forecasts/backtests",
                "china",
                "{\"dataSource\":\"stored\",\"unitLevel\":\"country\",\"testYears\":[2021,2022],\"horizons\":[1,3]}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job = awaitBacktest(submitted.json().get("id").asString());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        JsonNode report = job.get("report");
        assertThat(report.get("windows")).hasSize(5 * 4);
        assertThat(report.get("averages")).hasSize(5);
        assertThat(report.get("scope").asString()).isEqualTo("all countries");
        report.get("averages").forEach(a -> assertThat(a.get("crps").asDouble()).isGreaterThanOrEqualTo(0.0));
        report.get("windows")
                .forEach(w -> assertThat(w.get("pitCoverage90").asDouble()).isBetween(0.0, 1.0));
        // the all-zero forecast's interval [0, 0] covers every zero; by its randomized PIT (uniform on [0, 1) at a
        // zero, 1 above) it covers a zero only when the PIT is at least 0.05, and never a month with fatalities
        JsonNode zero = null;
        for (JsonNode a : report.get("averages")) {
            if (a.get("forecaster").asString().equals("all-zero")) {
                zero = a;
            }
        }
        assertThat(zero).isNotNull();
        assertThat(zero.get("pitCoverage90").asDouble())
                .isLessThanOrEqualTo(zero.get("coverage90").asDouble());
        assertThat(report.get("goals").get("pitCoverage90").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("goals").has("pitCoverageGoal")).isTrue();
        String card = api.get("/early-warning/models/monthly-fatalities").body();
        assertThat(card).contains("poisson-last-observed");
        assertThat(card)
                .contains("90 % coverage by randomized PIT")
                .contains("Czado, Gneiting and Held 2009, Biometrics 65")
                .contains("90 % interval coverage [q05, q95]");
    }

    @Test
    void everyCarCellAndItsNeighboursHaveGridForecastsOnTheMapAndAFanChart() {
        await(() -> api.get("/api/v1/forecasts/grid?horizon=6").body(), b -> b.contains("\"CAF\""), 300);
        JsonNode map = api.get("/api/v1/forecasts/grid?horizon=6&country=CAF").json();
        JsonNode cells = map.get("cells");

        assertThat(cells.size()).isGreaterThan(100);
        JsonNode cell = cells.get(0);
        int gid = cell.get(0).asInt();
        assertThat(cell.get(1).asDouble()).isBetween(2.0, 12.0);
        assertThat(cell.get(2).asDouble()).isBetween(14.0, 28.0);
        assertThat(cell.get(3).asDouble()).isBetween(0.0, 1.0);
        assertThat(cell.get(5).asString()).isEqualTo("2023-06");
        assertThat(api.get("/api/v1/forecasts?unit=grid&id=" + gid).json().get("forecasts"))
                .hasSize(36);
        JsonNode median =
                api.get("/api/v1/forecasts/grid?horizon=36&metric=median").json();
        assertThat(median.get("cells").get(0).get(3).asDouble()).isGreaterThanOrEqualTo(0.0);
        String page = api.get("/early-warning/forecasts/map?horizon=6").body();
        assertThat(page).contains("type=\"range\"").contains("max=\"36\"").contains("ew-grid-legend");
        assertThat(api.get("/early-warning/fragments/forecast?cell=" + gid).body())
                .contains("ew-forecast-chart")
                .contains("grid-fatalities");
    }

    @Test
    void aBacktestRequestOutsideItsLimitsIsRefusedNamingTheField() {
        Api.Response r = api.post("/api/v1/forecasts/backtests", "china", "{\"dataSource\":\"acd\",\"horizons\":[9]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("horizons");
        assertThat(api.post("/api/v1/forecasts/backtests", null, "{}").status()).isIn(401, 403);
    }

    @Test
    void theFirstForecastRunBacktestsTheModelsForTheirCards() {
        await(
                () -> api.get("/early-warning/models/acd-incidence").body(),
                b -> b.contains("logit-incidence</td>"),
                180);

        assertThat(api.get("/early-warning/models/acd-incidence").body())
                .contains("poisson-last-observed")
                .contains("all-zero");
        assertThat(api.get("/early-warning/models/monthly-fatalities").body()).contains("bootstrap-last-year");
    }

    @Test
    void modelCardsAndTheIncidenceForecastArePublicPages() {
        assertThat(api.get("/early-warning/models").status()).isEqualTo(200);
        String incidence = api.get("/early-warning/models/acd-incidence").body();
        assertThat(incidence).contains("2025");
        assertThat(api.get("/early-warning/models/unknown").status()).isEqualTo(404);
    }

    private JsonNode awaitBacktest(String id) {
        return awaitBacktest(api, id);
    }

    /** Waits until a backtest job is done or failed and returns it. */
    static JsonNode awaitBacktest(Api api, String id) {
        await(
                () -> api.get("/api/v1/forecasts/backtests/" + id, "china")
                        .json()
                        .get("status")
                        .asString(),
                s -> s.equals("DONE") || s.equals("FAILED"),
                600);
        return api.get("/api/v1/forecasts/backtests/" + id, "china").json();
    }

    static void await(Supplier<String> probe, Predicate<String> done, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline && !done.test(probe.get())) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
