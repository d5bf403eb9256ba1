package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's walk through the platform in headless Chromium (Debian's chromium and chromium-driver, pointed at
 * explicitly so nothing is downloaded).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

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
    void aFocalPointLogsInBrowsesTheRegistryOpensAProfileAndTheMapThenReadsItInArabic() {
        String base = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("kazakhstan");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("a.who")).size() == 1);
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
                d -> !d.findElement(By.id("map")).getDomAttribute("data-loaded").isEmpty());
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
