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
        assertThat(api.post("/api/v1/training/courses/" + course + "/demands", "ethiopia", "{\"seats\":1}")
                        .status())
                .isEqualTo(204);
        assertThat(api.change(
                                "POST",
                                "/api/v1/training/courses/" + course + "/allocation",
                                "china",
                                "{}",
                                "/api/v1/training/courses/" + course)
                        .status())
                .isEqualTo(200);
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
        browser.findElement(By.cssSelector("form.panel.form button[type=submit]"))
                .click();
        waitForStatus(trainee, "nominated");
        assertThat(browser.findElements(By.id("name"))).as("allocation used up").isNotEmpty();
        browser.findElement(By.id("name")).sendKeys("One Too Many");
        browser.findElement(By.cssSelector("form.panel.form button[type=submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().endsWith(course));
        assertThat(text(By.tagName("main"))).contains("ETH has 1 seat(s) allocated");

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

        open("/commitments/" + pledge);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivered"), "1 (10%)"));
        assertThat(text(By.cssSelector("#deliveries tbody")))
                .contains("ETH")
                .contains(LocalDate.now().toString());
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
