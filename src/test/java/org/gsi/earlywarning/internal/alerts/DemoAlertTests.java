package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo's global rules raise alerts from the imported CAR extract and from the forecasts computed after it. */
@PlatformTest
class DemoAlertTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theDemoImportRaisesEscalationsExplainedWithTheirNumbers() {
        JsonNode alerts = api.get("/api/v1/alerts?country=CAF&limit=500").json();
        JsonNode escalation = null;
        for (JsonNode a : alerts) {
            if (a.get("kind").asString().equals("ESCALATION")
                    && a.get("numbers").get("n").asDouble() == 50.0) {
                escalation = a;
            }
        }

        assertThat(escalation).as(alerts.toString()).isNotNull();
        JsonNode n = escalation.get("numbers");
        double bar = n.get("mean").asDouble() + 3 * n.get("standardDeviation").asDouble();
        assertThat(n.get("value").asDouble()).isGreaterThan(bar);
        assertThat(n.get("value").asDouble() - n.get("mean").asDouble()).isGreaterThanOrEqualTo(50.0);
        assertThat(api.get("/early-warning/fragments/alerts?country=CAF").body())
                .contains("Fatalities in CAF in");
    }

    @Test
    void theForecastRunRaisesAForecastProbabilityAlert() {
        long deadline = System.currentTimeMillis() + 180_000;
        String body = "";
        while (System.currentTimeMillis() < deadline && !body.contains("FORECAST_PROBABILITY")) {
            body = api.get("/api/v1/alerts?country=CAF&limit=500").body();
            sleep();
        }

        assertThat(body).contains("The forecast gives CAF a probability of").contains("of more than 25 fatalities");
    }

    @Test
    void aCountryWithoutAlertsShowsAReadableEmptyState() {
        assertThat(api.get("/early-warning/fragments/alerts?country=NOR").body())
                .contains("No alerts for this selection.");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
