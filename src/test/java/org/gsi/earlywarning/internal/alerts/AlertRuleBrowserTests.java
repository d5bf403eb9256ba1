package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The rule form and the subscriptions page as a user works them in a browser. */
class AlertRuleBrowserTests extends BrowserSession {

    private static final String RULES = "/early-warning/alerts/rules";
    private static final String SUBSCRIPTIONS = "/early-warning/alerts/subscriptions";

    @Test
    void theSecretariatCorrectsARefusedRuleWithoutRetypingThenSwitchesItOffAndOn() {
        int threshold = ThreadLocalRandom.current().nextInt(100, 1000);
        logIn("secretariat");
        open(RULES);
        browser.findElement(By.id("ewa-new-rule")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ewa-rule-form")));

        new Select(browser.findElement(By.id("scope"))).selectByValue("country");
        browser.findElement(By.id("country")).sendKeys("CHL");
        new Select(browser.findElement(By.id("kind"))).selectByValue("threshold-crossing");
        new Select(browser.findElement(By.id("metric"))).selectByValue("events");
        new Select(browser.findElement(By.id("category"))).selectByValue("PROTEST");
        browser.findElement(By.id("threshold")).sendKeys("many");
        save();

        assertThat(text(By.id("ewa-invalid"))).contains("The rule was not saved");
        assertThat(text(By.cssSelector("#threshold ~ p.alert.error"))).isEqualTo("Enter the threshold as a number.");
        assertThat(value("country")).isEqualTo("CHL");
        assertThat(value("threshold")).isEqualTo("many");
        assertThat(selected("scope")).isEqualTo("country");
        assertThat(selected("kind")).isEqualTo("threshold-crossing");
        assertThat(selected("metric")).isEqualTo("events");
        assertThat(selected("category")).isEqualTo("PROTEST");

        WebElement field = browser.findElement(By.id("threshold"));
        field.clear();
        field.sendKeys(Integer.toString(threshold));
        save();

        wait.until(d -> d.getCurrentUrl().contains(RULES + "?saved="));
        assertThat(text(By.id("ewa-saved"))).startsWith("Rule saved.");
        String id = browser.getCurrentUrl().replaceAll(".*saved=([0-9a-f-]{36}).*", "$1");
        By row = By.id("rule-" + id);
        assertThat(text(row))
                .contains("Chile")
                .contains("Alert when a month's events rise above " + threshold + " while those of the month before"
                        + " did not.")
                .contains("only protest events");
        assertThat(status(row)).isEqualTo("on");

        switchRule(row, "Switch off");
        wait.until(d -> status(row).equals("off"));
        switchRule(row, "Switch on");
        wait.until(d -> status(row).equals("on"));
    }

    @Test
    void theFormShowsOnlyTheParametersMetricsAndCategoryOfTheChosenKind() {
        logIn("secretariat");
        open(RULES + "/new");
        assertThat(shown("k", "minRise", "category")).containsOnly(true);
        assertThat(shown("quietMonths", "threshold", "probability", "horizon")).containsOnly(false);

        new Select(browser.findElement(By.id("kind"))).selectByValue("forecast-probability");

        assertThat(shown("probability", "horizon")).containsOnly(true);
        assertThat(shown("k", "minRise", "quietMonths", "threshold", "category"))
                .containsOnly(false);
        assertThat(selected("metric")).isEqualTo("p_gt_0");
        assertThat(browser.findElement(By.cssSelector("#metric option[value=events]"))
                        .isEnabled())
                .isFalse();

        new Select(browser.findElement(By.id("kind"))).selectByValue("onset");

        assertThat(shown("quietMonths", "category")).containsOnly(true);
        assertThat(shown("k", "threshold", "probability")).containsOnly(false);
        assertThat(selected("metric")).isEqualTo("fatalities");
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedShowsTheNewerValuesAndSavesOnTopOfThem() {
        Api api = new Api(port);
        Api.Response created = api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"CHE\",\"kind\":\"threshold-crossing\","
                        + "\"metric\":\"events\",\"threshold\":511}");
        String id = created.json().get("id").asString();
        logIn("secretariat");
        open(RULES + "/" + id + "/edit");
        assertThat(api.put(
                                "/api/v1/alerts/rules/" + id,
                                "secretariat",
                                "{\"kind\":\"threshold-crossing\",\"metric\":\"fatalities\",\"threshold\":522}",
                                created.header("ETag"))
                        .status())
                .isEqualTo(200);

        WebElement field = browser.findElement(By.id("threshold"));
        field.clear();
        field.sendKeys("533");
        save();

        assertThat(text(By.id("ewa-conflict"))).contains("version 1");
        assertThat(value("threshold")).isEqualTo("533");
        assertThat(selected("metric")).isEqualTo("events");
        assertThat(text(By.id("threshold-stored"))).isEqualTo("Stored now: 522");
        assertThat(text(By.id("metric-stored"))).isEqualTo("Stored now: Fatalities");
        assertThat(text(By.id("ewa-stored-rule"))).contains("fatalities rise above 522");

        save();

        wait.until(d -> d.getCurrentUrl().contains(RULES + "?saved="));
        assertThat(text(By.id("rule-" + id))).contains("events rise above 533");
        assertThat(api.get("/api/v1/alerts/rules/" + id, "secretariat")
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void aFocalPointSubscribesToACountryAndARegionAndUnsubscribesFromOne() {
        logIn("kazakhstan");
        open(SUBSCRIPTIONS);
        subscribe("country", "chl");
        subscribe("region", "019");

        assertThat(text(By.id("ewa-subscriptions"))).contains("Chile (CHL)").contains("Americas (019)");

        browser.findElement(subscriptionRow("(CHL)"))
                .findElement(By.cssSelector("button[type=submit]"))
                .click();
        wait.until(d -> d.findElements(subscriptionRow("(CHL)")).isEmpty());
        assertThat(text(By.id("ewa-subscriptions"))).contains("Americas (019)").doesNotContain("Chile");
    }

    private void save() {
        browser.findElement(By.cssSelector("#ewa-rule-form button[type=submit]"))
                .click();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private String selected(String id) {
        return new Select(browser.findElement(By.id(id)))
                .getFirstSelectedOption()
                .getDomAttribute("value");
    }

    private List<Boolean> shown(String... ids) {
        return Arrays.stream(ids)
                .map(id -> browser.findElement(By.id(id)).isDisplayed())
                .toList();
    }

    private String status(By row) {
        return browser.findElement(row)
                .findElement(By.cssSelector("span.status"))
                .getText();
    }

    private void switchRule(By row, String label) {
        WebElement button = browser.findElement(row).findElement(By.cssSelector("form[action$='/enabled'] button"));
        assertThat(button.getText()).isEqualTo(label);
        button.click();
    }

    private void subscribe(String kind, String target) {
        new Select(browser.findElement(By.id("targetKind"))).selectByValue(kind);
        browser.findElement(By.id("target")).sendKeys(target);
        browser.findElement(By.cssSelector("#ewa-subscribe button[type=submit]"))
                .click();
        wait.until(d -> d.findElement(By.id("target")).getDomProperty("value").isEmpty());
    }

    private static By subscriptionRow(String target) {
        return By.xpath("//table[@id='ewa-subscriptions']//tr[td[2][contains(., '" + target + "')]]");
    }
}
