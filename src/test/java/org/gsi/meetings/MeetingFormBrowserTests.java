package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

class MeetingFormBrowserTests extends BrowserSession {

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
        logIn("china");

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

    @Test
    void aPartyThatListsAPersonTwiceIsToldSoOnTheMeetingPageAndKeepsItsDelegation() {
        Api.Response created = new Api(port)
                .post(
                        "/api/v1/meetings",
                        "china",
                        "{\"series\":\"xiangshan-forum\",\"title\":\"Twice " + UUID.randomUUID()
                                + "\",\"start\":\"2031-10-10T09:00\",\"end\":\"2031-10-11T18:00\","
                                + "\"timeZone\":\"Asia/Shanghai\",\"capacity\":30,\"visibility\":\"public\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        logIn("brazil");
        open("/meetings/" + created.json().get("id").asString());

        browser.findElement(By.id("headName")).sendKeys("Ana Lima");
        browser.findElement(By.id("members")).sendKeys("Rui Costa, adviser\nRUI COSTA");
        submit("/delegations");

        assertThat(text(By.id("register-refusal"))).contains("listed twice");
        assertThat(browser.findElement(By.id("headName")).getDomProperty("value"))
                .isEqualTo("Ana Lima");
        set("members", "Rui Costa, adviser\nLia Souza, expert");
        submit("/delegations");
        wait.until(d -> d.findElements(By.id("register-refusal")).isEmpty()
                && d.findElement(By.id("delegations")).getText().contains("Lia Souza"));
    }
}
