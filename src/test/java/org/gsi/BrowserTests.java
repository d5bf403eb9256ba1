package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's walk through the platform in headless Chromium (Debian's chromium and chromium-driver, pointed at
 * explicitly so nothing is downloaded).
 */
class BrowserTests extends BrowserSession {

    @Test
    void aFocalPointLogsInBrowsesTheRegistryOpensAProfileAndTheMapThenReadsItInArabic() {
        String base = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        logIn("kazakhstan");
        assertThat(browser.findElement(By.cssSelector("a.who")).getText())
                .contains("kazakhstan")
                .contains("Kazakhstan");

        browser.get(base + "/parties");
        browser.findElement(By.id("q")).sendKeys("ethiop");
        wait.until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == 1);
        browser.findElement(By.linkText("Ethiopia")).click();
        wait.until(d -> d.findElement(By.id("party-name")).getText().equals("Ethiopia"));
        assertThat(browser.getPageSource())
                .contains("African Union")
                .contains("Intergovernmental Authority on Development");

        browser.get(base + "/map?mechanism=sco");
        wait.until(
                d -> {
                    String loaded = d.findElement(By.id("map")).getDomAttribute("data-loaded");
                    return loaded != null && !loaded.isEmpty();
                });
        assertThat(Integer.parseInt(browser.findElement(By.id("map")).getDomAttribute("data-loaded")))
                .isGreaterThan(150);
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))
                        .size())
                .isGreaterThan(150);

        new Select(browser.findElement(By.id("lang-select"))).selectByValue("ar");
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        browser.get(base + "/parties?q=kaz");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ar");
        assertThat(browser.findElement(By.id("results")).getText()).contains("كازاخستان");
    }
}
