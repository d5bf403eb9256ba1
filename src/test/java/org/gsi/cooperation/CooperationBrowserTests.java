package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A project proposed on its page, consented to by each participant in turn and activated, in headless Chromium. */
class CooperationBrowserTests extends BrowserSession {

    @Test
    void aProposedProjectBecomesActiveOnceEachParticipantHasConsentedOnItsPage() {
        String title = "Grain storage " + UUID.randomUUID().toString().substring(0, 8);
        logIn("china");
        browser.get(base() + "/projects/new");
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("areas"))).selectByValue("III.18");
        new Select(browser.findElement(By.id("countries"))).selectByValue("MNG");
        Select participants = new Select(browser.findElement(By.id("participants")));
        participants.selectByValue("ETH");
        participants.selectByValue("IDN");
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

    private String status() {
        String classes = browser.findElement(By.cssSelector("p.sub .status")).getDomAttribute("class");
        return java.util.Arrays.stream(classes.split(" "))
                .filter(c -> c.startsWith("s-"))
                .findFirst()
                .orElse("");
    }
}
