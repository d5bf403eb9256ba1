package org.gsi.earlywarning.internal.forecasts;

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
        assertThat(months).isEqualTo("36");
        assertThat(browser.findElements(By.cssSelector("#ew-forecast-fragment table.data tbody tr")))
                .hasSize(36);
    }

    @Test
    void theGridMapDrawsTheCellsWithALegendAndFollowsTheHorizonSlider() {
        Api api = new Api(port);
        ForecastApiTests.await(
                () -> api.get("/api/v1/forecasts/grid?horizon=1").body(), b -> b.contains("\"CAF\""), 600);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://localhost:" + port + "/early-warning/forecasts/map?horizon=2&country=CAF");

        wait.until(d -> d.findElement(By.id("ew-grid-map")).getDomAttribute("data-cells") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("ew-grid-map")).getDomAttribute("data-cells")))
                .isGreaterThan(100);
        assertThat(browser.findElements(By.cssSelector("#ew-grid-legend span"))).hasSize(8);
        String caption = browser.findElement(By.id("ew-grid-month")).getText();
        assertThat(caption).contains("2023-02");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("const s = document.getElementById('horizon'); s.value = '12';"
                        + " s.dispatchEvent(new Event('change'));");
        wait.until(d -> d.findElement(By.id("ew-grid-month")).getText().contains("2023-12"));
        assertThat(browser.getCurrentUrl()).contains("horizon=12");
    }
}
