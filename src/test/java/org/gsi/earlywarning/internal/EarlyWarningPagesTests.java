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
        assertThat(situation.body()).contains("id=\"ew-trend\"", "\"CAF\":{\"months\":", "ucdp-ged");

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
    void theUploadPageNeedsALogin() {
        assertThat(api.get("/early-warning/imports").status()).isIn(302, 401);
    }
}
