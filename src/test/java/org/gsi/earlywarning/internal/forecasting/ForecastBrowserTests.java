package org.gsi.earlywarning.internal.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gsi.Api;
import org.gsi.Browsers;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The model card loads the forecast fragment with htmx and the fragment draws its fan chart. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browsers.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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
