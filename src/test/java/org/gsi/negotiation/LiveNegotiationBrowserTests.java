package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import org.gsi.Api;
import org.gsi.Browsers;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two focal points negotiate one paragraph in two browser sessions: each sees the other's amendment and positions
 * arrive through server-sent events, without reloading, until the paragraph is agreed ad referendum.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveNegotiationBrowserTests {

    private static final String PARAGRAPH = "#p-OP1";

    @LocalServerPort
    int port;

    WebDriver china;
    WebDriver kazakhstan;

    @BeforeAll
    void startBrowsers() throws Exception {
        china = Browsers.start();
        kazakhstan = Browsers.start();
    }

    @AfterAll
    void stopBrowsers() {
        for (WebDriver browser : new WebDriver[] {china, kazakhstan}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void twoPartiesSeeEachOthersAmendmentAndPositionsLiveUntilTheParagraphIsAgreedAdReferendum() {
        Api api = new Api(port);
        TextFlow flow = new TextFlow(api);
        String id = flow.open("Live statement " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We welcome regular consultations.");
        open(china, "china", id);
        open(kazakhstan, "kazakhstan", id);
        assertThat(paragraphText(kazakhstan)).doesNotContain("[annual");

        act(china, b -> {
            paragraph(b).findElement(By.tagName("summary")).click();
            new Select(paragraph(b).findElement(By.name("kind"))).selectByValue("replace");
            paragraph(b).findElement(By.name("phrase")).sendKeys("regular");
            paragraph(b).findElement(By.name("text")).sendKeys("annual");
            paragraph(b)
                    .findElement(By.cssSelector("details form button[type=submit]"))
                    .click();
        });
        waitFor(
                kazakhstan,
                b -> paragraphText(b).contains("[annual") && paragraphText(b).contains("(CHN)"));
        waitFor(kazakhstan, b -> b.findElement(By.id("live-status")).getText().contains("proposed an amendment to"));

        act(kazakhstan, b -> {
            WebElement form = paragraph(b).findElement(By.cssSelector(".options form"));
            new Select(form.findElement(By.name("stance"))).selectByValue("support");
            form.findElement(By.cssSelector("button[type=submit]")).click();
        });
        waitFor(kazakhstan, b -> stanceOnOption(b).equals("support"));
        act(kazakhstan, b -> {
            paragraph(b).findElement(By.name("reason")).sendKeys("Subject to confirmation by the capital");
            paragraph(b).findElement(By.cssSelector("button.st-reservation")).click();
        });
        waitFor(china, b -> textContent(b, PARAGRAPH + " details").contains("Subject to confirmation by the capital"));
        assertThat(agreed(china)).isFalse();

        act(china, b -> {
            WebElement form = paragraph(b).findElement(By.cssSelector(".options form"));
            new Select(form.findElement(By.name("stance"))).selectByValue("endorse");
            form.findElement(By.cssSelector("button[type=submit]")).click();
        });
        waitFor(china, b -> stanceOnOption(b).equals("endorse"));
        act(
                china,
                b -> paragraph(b)
                        .findElement(By.cssSelector("button.st-support"))
                        .click());

        waitFor(kazakhstan, LiveNegotiationBrowserTests::agreed);
        waitFor(china, LiveNegotiationBrowserTests::agreed);
        assertThat(paragraph(kazakhstan)
                        .findElement(By.cssSelector(".agreed-tag"))
                        .getText())
                .isEqualTo("agreed ad ref.");
        for (WebDriver browser : new WebDriver[] {china, kazakhstan}) {
            assertThat(((JavascriptExecutor) browser).executeScript("return window.gsiSameDocument"))
                    .as("the page was updated in place, never reloaded")
                    .isEqualTo(true);
        }
        assertThat(flow.text(id, "china").get("paragraphs").get(0).get("agreed").asBoolean())
                .isTrue();
    }

    private void open(WebDriver browser, String user, String id) {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(browser, d -> d.findElements(By.cssSelector("a.who")).size() == 1);
        browser.get(base + "/texts/" + id);
        waitFor(
                browser,
                d -> !d.findElements(By.cssSelector(PARAGRAPH + " form.position"))
                        .isEmpty());
        waitFor(browser, d -> "open".equals(d.findElement(By.id("live-status")).getDomAttribute("data-live")));
        ((JavascriptExecutor) browser).executeScript("window.gsiSameDocument = true");
    }

    /** Performs a step on the paragraph again when a live update replaced it while the step was under way. */
    private static void act(WebDriver browser, Consumer<WebDriver> step) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    step.accept(d);
                    return true;
                });
    }

    private static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static WebElement paragraph(WebDriver browser) {
        return browser.findElement(By.cssSelector(PARAGRAPH));
    }

    private static String paragraphText(WebDriver browser) {
        return paragraph(browser).findElement(By.cssSelector(".para-text")).getText();
    }

    private static String textContent(WebDriver browser, String selector) {
        return browser.findElements(By.cssSelector(selector)).stream()
                .map(e -> e.getDomProperty("textContent"))
                .findFirst()
                .orElse("");
    }

    private static boolean agreed(WebDriver browser) {
        return !paragraph(browser).findElements(By.cssSelector(".agreed-tag")).isEmpty();
    }

    /** The viewer's own position on the paragraph's first option, as the page shows it. */
    private static String stanceOnOption(WebDriver browser) {
        return paragraph(browser).findElements(By.cssSelector(".options form .mine")).stream()
                .map(e -> e.getDomAttribute("data-stance"))
                .findFirst()
                .orElse("");
    }
}
