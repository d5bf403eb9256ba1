package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A project proposed on its page, consented to by each participant in turn and activated, in headless Chromium. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CooperationBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = headlessChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProposedProjectBecomesActiveOnceEachParticipantHasConsentedOnItsPage() {
        String title = "Grain storage " + UUID.randomUUID().toString().substring(0, 8);
        logIn("china");
        browser.get(base() + "/projects/new");
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("areas"))).selectByValue("III.18");
        browser.findElement(By.id("countries")).sendKeys("MNG");
        browser.findElement(By.id("participants")).sendKeys("ETH, IDN");
        browser.findElement(By.id("plannedStart")).sendKeys("05012026");
        new Select(browser.findElement(By.id("visibility"))).selectByValue("participants");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("button[value=propose]")).size() == 1);
        String projectUrl = browser.getCurrentUrl();
        assertThat(status()).isEqualTo("s-draft");

        browser.findElement(By.cssSelector("button[value=propose]")).click();
        wait.until(d -> status().equals("s-proposed"));
        assertThat(browser.findElement(By.cssSelector("div.alert")).getText())
                .contains("ETH")
                .contains("IDN");

        for (String focalPoint : new String[] {"ethiopia", "indonesia"}) {
            logIn(focalPoint);
            browser.get(projectUrl);
            browser.findElement(By.cssSelector("button[value=give]")).click();
            wait.until(d ->
                    d.findElements(By.cssSelector("button[value=withdraw]")).size() == 1);
        }
        assertThat(browser.findElements(By.cssSelector("td .status.s-given"))).hasSize(2);

        logIn("china");
        browser.get(projectUrl);
        browser.findElement(By.cssSelector("button[value=activate]")).click();
        wait.until(d -> status().equals("s-active"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector("div.alert"))).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String status() {
        String classes = browser.findElement(By.cssSelector("p.sub .status")).getDomAttribute("class");
        return java.util.Arrays.stream(classes.split(" "))
                .filter(c -> c.startsWith("s-"))
                .findFirst()
                .orElse("");
    }

    private void logIn(String user) {
        browser.get(base() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("a.who")).size() == 1);
    }

    private static WebDriver headlessChromium() throws java.io.IOException {
        String chromium =
                Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "/usr/bin/chromium-browser";
        String driver = Files.isExecutable(Path.of("/usr/bin/chromedriver"))
                ? "/usr/bin/chromedriver"
                : "/usr/lib/chromium/chromedriver";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("gsi-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
