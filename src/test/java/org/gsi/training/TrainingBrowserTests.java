package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A focal point nominates a candidate on the course page within its allocation, the provider selects and
 * completes the trainee, and the pledge the course counts toward shows the delivered place.
 */
class TrainingBrowserTests extends BrowserSession {

    @Test
    void aFocalPointNominatesWithinItsAllocationAndTheCompletedPlaceMovesThePledge() {
        Api api = new Api(port);
        String pledge = pledge(api);
        String course = course(api, pledge);
        new TrainingSteps(api).allocate(course, 1, "ethiopia");
        String trainee = "Browser Trainee " + UUID.randomUUID().toString().substring(0, 8);

        logIn("ethiopia");
        open("/commitments/" + pledge);
        assertThat(text(By.id("delivered"))).startsWith("0 ");
        open("/training/courses/" + course);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("allocation"), "Ethiopia"));
        browser.findElement(By.id("name")).sendKeys(trainee);
        browser.findElement(By.id("function")).sendKeys("Police inspector");
        browser.findElement(By.id("contact")).sendKeys("inspector@example.et");
        browser.findElement(By.id("language")).sendKeys("en");
        browser.findElement(By.cssSelector("#nominate-form button[type=submit]"))
                .click();
        waitForStatus(trainee, "nominated");
        assertThat(text(By.id("seats-remaining"))).contains("0 of 1");
        assertThat(text(By.cssSelector("#nominate .unavailable")))
                .as("the allocation is used up, and the page says so before anyone tries")
                .contains("Seats allocated to ETH: 1");
        assertThat(browser.findElement(By.id("name")).isEnabled()).isFalse();

        logIn("china");
        open("/training/courses/" + course);
        click(trainee, "select");
        waitForStatus(trainee, "selected");

        logIn("ethiopia");
        open("/training/courses/" + course);
        click(trainee, "enrol");
        waitForStatus(trainee, "enrolled");

        logIn("china");
        open("/training/courses/" + course);
        WebElement row = row(trainee);
        row.findElement(By.cssSelector("input[name=days]")).sendKeys("5");
        row.findElement(By.cssSelector("form[action$='/attendance'] button")).click();
        wait.until(d -> row(trainee)
                        .findElements(By.cssSelector("form[action$='/complete'] button"))
                        .size()
                == 1);
        click(trainee, "complete");
        waitForStatus(trainee, "completed");

        // the place is counted after the completion is committed: the page shows it once it is
        wait.until(d -> {
            open("/commitments/" + pledge);
            return text(By.id("delivered")).contains("1 (10%)");
        });
        assertThat(text(By.cssSelector("#deliveries tbody")))
                .contains("ETH")
                .contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.ENGLISH)
                        .format(LocalDate.now()));
    }

    @Test
    void aNominationRefusedWhileTheFormWasFilledInComesBackWithEverythingTyped() {
        Api api = new Api(port);
        String course = course(api, pledge(api));
        new TrainingSteps(api).allocate(course, 1, "ethiopia");

        logIn("ethiopia");
        open("/training/courses/" + course);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seats-remaining"), "1 of 1"));
        browser.findElement(By.id("name")).sendKeys("Hanna Bekele");
        browser.findElement(By.id("function")).sendKeys("Customs officer");
        browser.findElement(By.id("contact")).sendKeys("hanna@example.et");
        new Select(browser.findElement(By.id("language"))).selectByValue("fr");

        Api.Response meanwhile = api.post(
                "/api/v1/training/courses/" + course + "/nominations",
                "ethiopia",
                "{\"name\":\"Dawit Alemu\",\"function\":\"Inspector\",\"contact\":\"dawit@example.et\"}");
        assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(201);
        browser.findElement(By.cssSelector("#nominate-form button[type=submit]"))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training-nominate-refusal")));
        assertThat(text(By.id("training-nominate-refusal")))
                .contains("Seats allocated to ETH: 1")
                .contains("withdraw one to nominate someone else");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Hanna Bekele");
        assertThat(browser.findElement(By.id("function")).getDomProperty("value"))
                .isEqualTo("Customs officer");
        assertThat(browser.findElement(By.id("contact")).getDomProperty("value"))
                .isEqualTo("hanna@example.et");
        assertThat(new Select(browser.findElement(By.id("language")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("fr");
        assertThat(text(By.id("nominations"))).contains("Dawit Alemu").doesNotContain("Hanna Bekele");
    }

    private String pledge(Api api) {
        String body = "{\"text\":\"Browser training pledge " + UUID.randomUUID()
                + "\",\"unit\":\"training_places\",\"target\":10,\"periodStart\":\""
                + LocalDate.now().minusMonths(1) + "\",\"periodEnd\":\""
                + LocalDate.now().plusYears(1)
                + "\",\"beneficiaryRule\":\"developing\",\"visibility\":\"public\"}";
        Api.Response r = api.post("/api/v1/commitments", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String course(Api api, String pledge) {
        LocalDate deadline = LocalDate.now().plusDays(10);
        String body = "{\"provider\":\"CHN\",\"topic\":\"Browser course " + UUID.randomUUID() + "\","
                + "\"priorityAreas\":[\"III.12\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                + deadline.plusDays(10) + "\",\"language\":\"en\",\"modality\":\"online\",\"seats\":2,"
                + "\"capPerCountry\":1,\"eligibility\":\"parties\",\"eligibleParties\":[\"ETH\",\"IDN\"],"
                + "\"nominationDeadline\":\"" + deadline + "\",\"pledge\":\"" + pledge + "\"}";
        Api.Response r = api.post("/api/v1/training/courses", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private WebElement row(String trainee) {
        return wait.until(d -> d.findElements(By.cssSelector("#nominations tbody tr")).stream()
                .filter(r -> r.getText().contains(trainee))
                .findFirst()
                .orElse(null));
    }

    private void click(String trainee, String step) {
        row(trainee)
                .findElement(By.cssSelector("form[action$='/" + step + "'] button"))
                .click();
    }

    private void waitForStatus(String trainee, String status) {
        wait.until(d -> status.equals(row(trainee).getDomAttribute("data-status")));
    }
}
