package org.gsi.earlywarning.internal.forecasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.earlywarning.internal.forecasts.ForecastApiTests.await;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.PlatformTest;
import org.gsi.earlywarning.internal.ingest.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two countries whose UCDP files end in different years next to the demo's CAR extract (to 2022-12): Fiji, events
 * to 2014-06 in two divisions (one named "Northern province" in some rows and "Northern" in others), and the
 * Solomon Islands, a fatality every month to 2016-09. Each keeps its own window in indicators, forecasts and
 * backtests.
 */
@PlatformTest
class CountryWindowsTests {

    static final YearMonth FIJI_END = YearMonth.of(2014, 6);
    static final YearMonth SOLOMON_END = YearMonth.of(2016, 9);
    private static boolean imported;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void importBothFiles() {
        api = new Api(port);
        if (!imported) {
            Uploads uploads = new Uploads(api, port);
            assertThat(uploads.importFile("secretariat", "fiji.csv", fiji())
                            .get("status")
                            .asString())
                    .isEqualTo("DONE");
            assertThat(uploads.importFile("secretariat", "solomon.csv", solomon())
                            .get("status")
                            .asString())
                    .isEqualTo("DONE");
            imported = true;
        }
        // the second file may arrive while the first run is under way: wait until every level has both countries
        for (String unit : List.of("country", "grid")) {
            for (String country : List.of("FJI", "SLB")) {
                await(
                        () -> api.get("/api/v1/forecasts?unit=" + unit + "&country=" + country + "&horizon=1")
                                .body(),
                        b -> b.contains("\"" + country + "\""),
                        900);
            }
        }
        await(
                () -> api.get("/api/v1/forecasts?unit=admin1&country=FJI&horizon=1")
                        .body(),
                b -> b.contains("FJI/"),
                300);
    }

    static byte[] fiji() {
        UcdpFile file = new UcdpFile("Fiji", 950);
        long id = 970_000_001L;
        for (YearMonth m = YearMonth.of(2008, 1); !m.isAfter(FIJI_END); m = m.plusMonths(1)) {
            String north = m.getMonthValue() % 2 == 0 ? "Northern province" : "Northern";
            file.add(id++, m, north, -16.5, 179.2, 2 + m.getMonthValue());
            if (m.getMonthValue() % 5 == 0) {
                file.add(id++, m, "Western", -17.8, 177.4, 1);
            }
        }
        return file.bytes();
    }

    static byte[] solomon() {
        UcdpFile file = new UcdpFile("Solomon Islands", 940);
        long id = 971_000_001L;
        for (YearMonth m = YearMonth.of(2009, 1); !m.isAfter(SOLOMON_END); m = m.plusMonths(1)) {
            file.add(id++, m, "Guadalcanal", -9.4, 160.0, 3);
        }
        return file.bytes();
    }

    @Test
    void indicatorsOfACountryWhoseDataEndEarlierAreListedWithoutAMonthRange() {
        JsonNode page = api.get("/api/v1/indicators?country=FJI&size=500").json();

        assertThat(page.get("total").asLong()).isEqualTo(78);
        List<String> months = new ArrayList<>();
        page.get("items").forEach(r -> months.add(r.get("month").asString()));
        assertThat(months).contains("2008-01", "2014-06").doesNotContain("2022-12");
        assertThat(api.get("/api/v1/indicators?country=FJI&from=2014-01&to=2014-03")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void eachCountryIsForecastFromItsOwnLastMonth() {
        assertThat(firstMonth("country", "FJI")).isEqualTo("2014-07");
        assertThat(firstMonth("country", "SLB")).isEqualTo("2016-10");
        assertThat(firstMonth("country", "CAF")).isEqualTo("2023-01");
        assertThat(firstMonth("grid", "FJI")).isEqualTo("2014-07");
        assertThat(firstMonth("admin1", "FJI")).isEqualTo("2014-07");
        assertThat(api.get("/api/v1/forecasts?unit=country&country=FJI").json().get("forecasts"))
                .hasSize(36);
    }

    @Test
    void admin1NamesFromDifferentSpellingsAreOneUnitAndItsForecastsDiffer() {
        JsonNode forecasts = api.get("/api/v1/forecasts?unit=admin1&country=FJI&horizon=1")
                .json()
                .get("forecasts");
        Set<String> units = new HashSet<>();
        Set<Double> means = new HashSet<>();
        forecasts.forEach(f -> {
            units.add(f.get("unit").asString());
            means.add(f.get("mean").asDouble());
        });

        assertThat(units).containsExactlyInAnyOrder("FJI/Northern", "FJI/Western");
        // each unit is forecast from its own history up to Fiji's last month, not from years of zeros after it (the
        // window itself is checked in eachCountryIsForecastFromItsOwnLastMonth); the values come from a model pooled
        // over everything stored, so whether two small units land on the same value depends on what else is stored
        assertThat(means).isNotEmpty().allSatisfy(m -> assertThat(m).isPositive());
        assertThat(api.get("/api/v1/indicators?unit=admin1&country=FJI&size=500")
                        .body())
                .contains("FJI/Northern")
                .doesNotContain("Northern province");
    }

    @Test
    void aBacktestScoresOnlyTheNamedCountriesAndSaysWhenAveragePrecisionIsUndefined() {
        JsonNode grid =
                backtest("{\"unitLevel\":\"grid\",\"countries\":[\"FJI\"],\"testYears\":[2014]," + "\"horizons\":[1]}");
        assertThat(grid.get("scope").asString()).contains("FJI");
        assertThat(grid.get("windows")).hasSize(5);
        // Fiji's cells and their neighbours, January to June 2014 only
        assertThat(grid.get("windows").get(0).get("forecasts").asInt() % 6).isZero();

        JsonNode always = backtest(
                "{\"unitLevel\":\"country\",\"countries\":[\"SLB\"],\"testYears\":[2015]," + "\"horizons\":[1, 3]}");
        always.get("windows").forEach(w -> {
            assertThat(w.get("forecasts").asInt()).isEqualTo(12);
            assertThat(w.path("averagePrecision").isNumber()).as(w.toString()).isFalse();
        });
        assertThat(always.get("goals").path("averagePrecisionMargin").isNumber())
                .isFalse();
        assertThat(always.get("goals").get("averagePrecisionGoal").asBoolean()).isFalse();

        Api.Response unknown =
                api.post("/api/v1/forecasts/backtests", "china", "{\"unitLevel\":\"province\",\"testYears\":[2015]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unitLevel").doesNotContain("\"unit\"");
        Api.Response split = api.post("/api/v1/forecasts/backtests", "china", "{\"split\":\"half\"}");
        assertThat(split.status()).isEqualTo(400);
        assertThat(split.body()).contains("split");
    }

    @Test
    void aCellForecastRuleAlertsTheSubscribersOfTheCellsCountry() {
        assertThat(api.post(
                                "/api/v1/alerts/subscriptions",
                                "indonesia",
                                "{\"targetKind\":\"country\",\"target\":\"FJI\"}")
                        .status())
                .isEqualTo(201);
        Api.Response rule = api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"FJI\",\"kind\":\"forecast-probability\","
                        + "\"metric\":\"cell_p_gt_0\",\"probability\":0.2,\"horizon\":1}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);

        JsonNode alerts = api.get("/api/v1/alerts?country=FJI").json();
        List<String> cells = new ArrayList<>();
        alerts.forEach(a -> {
            if (a.get("kind").asString().equals("FORECAST_PROBABILITY")) {
                cells.add(a.get("unit").asString());
                assertThat(a.get("month").asString()).isEqualTo("2014-07");
            }
        });
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c).matches("\\d+"));
        // alert notices are delivered by a listener after the rule's transaction commits
        assertThat(EventPublications.eventually(() -> api.get("/api/v1/notifications?size=200", "indonesia")
                        .body()
                        .contains(cells.get(0))))
                .as("Indonesia, subscribed to FJI, is told of the cell's alert")
                .isTrue();
        assertThat(api.get("/api/v1/notifications?size=200", "brazil").body()).doesNotContain(cells.get(0));
    }

    private String firstMonth(String unit, String country) {
        JsonNode forecasts = api.get("/api/v1/forecasts?unit=" + unit + "&country=" + country + "&horizon=1")
                .json()
                .get("forecasts");
        assertThat(forecasts).as(unit + " " + country).isNotEmpty();
        Set<String> months = new HashSet<>();
        forecasts.forEach(f -> months.add(f.get("month").asString()));
        assertThat(months).hasSize(1);
        return months.iterator().next();
    }

    private JsonNode backtest(String body) {
        Api.Response submitted = api.post("/api/v1/forecasts/backtests", "china", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode job =
                ForecastApiTests.awaitBacktest(api, submitted.json().get("id").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        return job.get("report");
    }
}
