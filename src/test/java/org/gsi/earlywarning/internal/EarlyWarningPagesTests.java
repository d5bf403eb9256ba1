package org.gsi.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class EarlyWarningPagesTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void visitorsSeeTheMapTheDemoSituationWithItsChartDataAndTheEventTable() {
        Api.Response overview = api.get("/early-warning");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("id=\"ew-map\"", "/api/v1/indicators/map", "Central African Republic");

        String id = api.get("/api/v1/situations?q=Central%20African%20Republic")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        Api.Response situation = api.get("/early-warning/situations/" + id);
        assertThat(situation.status()).isEqualTo(200);
        assertThat(situation.body()).contains("id=\"ew-trend\"", "&quot;CAF&quot;:{&quot;months&quot;:", "ucdp-ged");

        Api.Response events = api.get("/early-warning/events?country=CAF");
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.body()).contains("/api/v1/events/export.csv?country=CAF");
    }

    @Test
    void theMapValuesAreKeyedByM49() {
        var map = api.get("/api/v1/indicators/map?metric=events&from=2012-01&to=2022-12")
                .json();
        assertThat(map.get("countries").get("140").get("iso3").asString()).isEqualTo("CAF");
        assertThat(map.get("countries").get("140").get("value").asLong()).isPositive();
    }

    @Test
    void theCountryPageShowsMonthlyIndicatorsTheSituationsCoveringItAndIncludesAlertsAndForecasts() {
        Api.Response page = api.get("/early-warning/countries/caf");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Central African Republic",
                        "id=\"ew-trend\"",
                        "&quot;CAF&quot;:{&quot;months&quot;:",
                        "id=\"ew-indicators\"")
                .contains(
                        "/early-warning/fragments/alerts?country=CAF", "/early-warning/fragments/forecast?country=CAF")
                .containsPattern("href=\"/early-warning/situations/[0-9a-f-]{36}\"");
        assertThat(api.get("/early-warning/countries/C4F").status()).isEqualTo(404);
    }

    @Test
    void theSituationPageHasAnEventMapAndTheEventTableLinksCountryPages() {
        String id = api.get("/api/v1/situations?q=Central%20African%20Republic")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String body = api.get("/early-warning/situations/" + id).body();
        assertThat(body).contains("id=\"ew-points\"", "/api/v1/events/points?country=CAF");
        assertThat(body).contains("href=\"/early-warning/countries/CAF\"");
    }

    @Test
    void eventPointsAreClusteredAndAccountForEveryEventWithCoordinates() {
        var fine = api.get("/api/v1/events/points?country=CAF&from=1989-01&to=2030-12&cell=0.1")
                .json();
        var coarse = api.get("/api/v1/events/points?country=CAF&from=1989-01&to=2030-12&cell=10")
                .json();
        long fineEvents = 0;
        for (var p : fine.get("points")) {
            fineEvents += p.get("events").asLong();
        }
        long coarseEvents = 0;
        for (var p : coarse.get("points")) {
            coarseEvents += p.get("events").asLong();
        }
        assertThat(fineEvents).isPositive().isEqualTo(coarseEvents);
        assertThat(coarse.get("points").size()).isLessThan(fine.get("points").size());
        var cell = fine.get("points").get(0);
        assertThat(cell.get("latitude").asDouble()).isBetween(2.0, 11.5);
        assertThat(cell.get("longitude").asDouble()).isBetween(14.0, 27.5);
    }

    @Test
    void eventPointsRefuseAnUnboundedQuery() {
        Api.Response noCell = api.get("/api/v1/events/points?country=CAF&cell=0");
        assertThat(noCell.status()).isEqualTo(400);
        assertThat(noCell.body()).contains("cell");
        Api.Response tooMany = api.get("/api/v1/events/points?country=" + "CAF,".repeat(21));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("country");
    }

    @Test
    void theUploadPageNeedsALogin() {
        assertThat(api.get("/early-warning/imports").status()).isIn(302, 401);
    }
}
