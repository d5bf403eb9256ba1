package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.gsi.Browsers;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingFormBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browsers.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void set(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    void submit(String formAction) {
        browser.findElement(By.cssSelector("form[action$='" + formAction + "'] button[type=submit]"))
                .click();
    }

    @Test
    void anOrganiserConvenesAMeetingAndItsProgrammeThroughTheFormsAndCorrectsMistakesWithoutRetyping() {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("china");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("a.who")).size() == 1);

        String title = "Form forum " + UUID.randomUUID();
        browser.get(base + "/meetings/new");
        browser.findElement(By.id("series")).sendKeys("xiangshan-forum");
        browser.findElement(By.id("title")).sendKeys(title);
        set("start", "2031-09-10T09:00");
        set("end", "2031-09-09T18:00");
        set("timeZone", "Asia/Shanghai");
        browser.findElement(By.id("venue")).sendKeys("Beijing International Convention Center");
        browser.findElement(By.cssSelector("input[name=languages][value=zh]")).click();
        set("capacity", "120");
        submit("/meetings/new");

        assertThat(wait.until(d -> d.findElement(By.id("end-error"))).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("title-error"))).isEmpty();
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("capacity")).getDomProperty("value"))
                .isEqualTo("120");
        assertThat(browser.findElement(By.cssSelector("input[name=languages][value=zh]"))
                        .isSelected())
                .isTrue();

        set("end", "2031-09-11T18:00");
        submit("/meetings/new");
        wait.until(d -> d.getCurrentUrl().matches(".*/meetings/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);

        browser.findElement(By.id("s-title")).sendKeys("Plenary on common security");
        set("s-start", "2031-09-10T10:00");
        set("s-end", "2031-09-10T09:00");
        browser.findElement(By.id("s-room")).sendKeys("Hall A");
        submit("/sessions");
        wait.until(d -> d.findElements(By.cssSelector("#s-end + .tag.warn")).size() == 1);
        assertThat(browser.findElement(By.id("s-room")).getDomProperty("value")).isEqualTo("Hall A");

        set("s-end", "2031-09-10T11:30");
        submit("/sessions");
        wait.until(d -> d.getPageSource().contains("Plenary on common security")
                && d.findElements(By.cssSelector("#s-end + .tag.warn")).isEmpty());
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Plenary on common security")
                .contains("Hall A");
    }
}
