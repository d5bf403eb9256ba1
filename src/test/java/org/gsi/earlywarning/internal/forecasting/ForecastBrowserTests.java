package org.gsi.earlywarning.internal.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The model card loads the forecast fragment with htmx and the fragment draws its fan chart. */
class ForecastBrowserTests extends BrowserSession {

    @Test
    void theModelCardShowsTheForecastFanChartLoadedAsAFragment() {
        Api api = new Api(port);
        ForecastApiTests.await(
                () -> api.get("/api/v1/forecasts?unit=country&horizon=12").body(), b -> b.contains("\"CAF\""), 180);
        String base = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(base + "/early-warning/models/monthly-fatalities");

        wait.until(d -> !d.findElements(By.cssSelector("#ew-forecast-fragment canvas.ew-forecast-chart[data-rendered]"))
                .isEmpty());
        String months =
                browser.findElement(By.cssSelector("canvas.ew-forecast-chart")).getDomAttribute("data-rendered");
        assertThat(months).isEqualTo("12");
        assertThat(browser.findElements(By.cssSelector("#ew-forecast-fragment table.data tbody tr")))
                .hasSize(12);
    }
}
