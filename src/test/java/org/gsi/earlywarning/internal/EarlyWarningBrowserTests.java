package org.gsi.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An analyst uploads the shipped UCDP extract, follows the job, then reads the world map and a situation. */
class EarlyWarningBrowserTests extends BrowserSession {

    private static final String NO_DATA = "#e3e6ea";

    @Test
    void anUploadedUcdpExtractIsImportedAndColoursTheMapAndFeedsTheSituationChart() {
        String base = "http://localhost:" + port;
        // the job page replaces its progress element as it polls: an element found just before a swap goes stale
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        logIn("secretariat");

        browser.get(base + "/early-warning/imports");
        Path extract =
                Path.of("src/test/resources/earlywarning/ged-v23_1-car-120.csv").toAbsolutePath();
        browser.findElement(By.id("file")).sendKeys(extract.toString());
        browser.findElement(By.cssSelector("form.panel button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/early-warning/imports/[0-9a-f-]{36}"));
        wait.until(d -> {
            String status = d.findElement(By.id("ew-job")).getDomAttribute("data-status");
            return "DONE".equals(status) || "FAILED".equals(status);
        });
        assertThat(browser.findElement(By.id("ew-job")).getDomAttribute("data-status"))
                .isEqualTo("DONE");
        assertThat(browser.findElement(By.id("ew-job")).getText()).contains("ucdp-ged");

        browser.get(base + "/early-warning?metric=events");
        wait.until(d -> d.findElement(By.id("ew-map")).getDomAttribute("data-loaded") != null);
        assertThat(browser.findElements(By.cssSelector("#ew-map path.leaflet-interactive")))
                .hasSizeGreaterThan(150)
                .anyMatch(path -> !NO_DATA.equalsIgnoreCase(path.getDomAttribute("fill")));

        browser.findElement(By.xpath("//table[@class='data']//tr[td[2][normalize-space()='CAF']]"
                        + "//a[contains(@href, '/early-warning/situations/')]"))
                .click();
        wait.until(d -> d.findElement(By.id("ew-trend")).getDomAttribute("data-total") != null);
        WebElement chart = browser.findElement(By.id("ew-trend"));
        assertThat(Integer.parseInt(chart.getDomAttribute("data-rendered"))).isEqualTo(36);
        assertThat(Long.parseLong(chart.getDomAttribute("data-total"))).isPositive();
        assertThat(chart.getSize().getHeight()).isPositive();
        wait.until(d -> d.findElement(By.id("ew-points")).getDomAttribute("data-clusters") != null);
        assertThat(browser.findElements(By.cssSelector("#ew-points path.leaflet-interactive")))
                .isNotEmpty();
    }
}
