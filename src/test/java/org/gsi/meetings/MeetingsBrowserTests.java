package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class MeetingsBrowserTests extends BrowserSession {

    @Test
    void anOrganiserUploadsTheAgendaRegistersWithACredentialsLetterAndMakesAFeedAddress() throws Exception {
        String base = "http://localhost:" + port;
        Api api = new Api(port);
        String title = "Browser " + UUID.randomUUID();
        String meeting = api.post(
                        "/api/v1/meetings",
                        "china",
                        "{\"series\":\"xiangshan-forum\",\"title\":\"" + title
                                + "\",\"start\":\"2031-09-01T09:00\",\"end\":\"2031-09-02T18:00\","
                                + "\"timeZone\":\"Asia/Shanghai\",\"capacity\":30,\"visibility\":\"public\"}")
                .json()
                .get("id")
                .asString();
        Path agenda = Files.createTempFile("agenda-", ".pdf");
        Files.write(agenda, Multipart.pdf("agenda"));
        Path letter = Files.createTempFile("note-verbale-", ".txt");
        Files.writeString(letter, "Note verbale: the delegation of China is composed as follows.\n");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        logIn("china");

        browser.get(base + "/meetings/" + meeting);
        browser.findElement(By.id("d-title")).sendKeys("Provisional agenda");
        browser.findElement(By.id("d-file")).sendKeys(agenda.toString());
        browser.findElement(By.cssSelector("form[action$='/documents'] button[type=submit]"))
                .click();
        wait.until(d -> d.getPageSource().contains("Provisional agenda"));
        assertThat(browser.findElement(By.linkText(agenda.getFileName().toString()))
                        .getDomAttribute("href"))
                .contains("/api/v1/meetings/" + meeting + "/documents/");

        browser.findElement(By.id("headName")).sendKeys("Browser Head");
        browser.findElement(By.id("members")).sendKeys("Browser Member, adviser");
        browser.findElement(By.cssSelector("form[action$='/delegations'] button[type=submit]"))
                .click();
        wait.until(d -> d.getPageSource().contains("Browser Member"));
        browser.findElement(By.cssSelector("#delegations input[type=file]")).sendKeys(letter.toString());
        browser.findElement(By.cssSelector("#delegations form[action$='/credentials'] button"))
                .click();
        wait.until(d -> d.getPageSource().contains(letter.getFileName().toString()));

        browser.get(base + "/meetings/my-calendar");
        browser.findElement(By.cssSelector("form[action$='/meetings/my-calendar'] button"))
                .click();
        String feed = wait.until(d -> d.findElement(By.id("feed-url"))).getDomProperty("value");
        assertThat(feed).contains("/calendar/me.ics?token=");
        assertThat(api.get(feed.substring(feed.indexOf("/calendar/"))).body()).contains(title);
    }
}
