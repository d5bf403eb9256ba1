package org.gsi;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless browser for all tests of a class, against the platform the class starts: open a page, log in as a
 * demo user, read an element once it shows.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserSession {

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browsers.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a page that reloads between finding an element and reading it is read again on the next poll
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Opens a page of the platform and waits until its main content is there. */
    protected void open(String path) {
        browser.get(base() + path);
        wait.until(d -> !d.findElements(By.cssSelector("main, section")).isEmpty());
    }

    /** Logs in as a demo user (password {@code demo}) after dropping any earlier session. */
    protected void logIn(String user) {
        browser.get(base() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("a.who"), user));
    }

    protected String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }
}
