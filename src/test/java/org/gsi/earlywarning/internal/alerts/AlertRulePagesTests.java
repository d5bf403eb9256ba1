package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The rule and subscription pages, through a logged-in HTTP session, against the API that keeps the same records. */
@PlatformTest
class AlertRulePagesTests {

    private static final String RULES = "/early-warning/alerts/rules";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theSecretariatCreatesACountryRuleOnTheFormAndSeesItListedInWords() {
        PageSession secretariat = PageSession.login(port, "secretariat");
        assertThat(secretariat.get("/early-warning/alerts").body()).contains("href=\"" + RULES + "\"");

        PageSession.Page saved = secretariat.post(RULES + "/new", RULES, form("country", "NOR", "777"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).contains(RULES + "?saved=");
        String list = secretariat.get(RULES).body();
        assertThat(list).contains("Norway", "rise above 777 while those of the month before did not");
        JsonNode rule = ruleWithThreshold(777);
        assertThat(rule.get("country").asString()).isEqualTo("NOR");
        assertThat(rule.get("createdBy").asString()).isEqualTo("secretariat");

        PageSession.Page off = secretariat.post(
                RULES,
                RULES + "/" + rule.get("id").asString() + "/enabled",
                Map.of("enabled", "false", "version", rule.get("version").asString()));
        assertThat(off.status()).isEqualTo(302);
        assertThat(ruleWithThreshold(777).get("enabled").asBoolean()).isFalse();
    }

    @Test
    void anInvalidParameterIsRefusedWithAMessageNextToItsField() {
        PageSession secretariat = PageSession.login(port, "secretariat");
        Map<String, String> fields = new HashMap<>(form("global", "", ""));
        fields.put("kind", "escalation");
        fields.put("k", "2");
        fields.put("minRise", "-1");

        PageSession.Page refused = secretariat.post(RULES + "/new", RULES, fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("The rule was not saved")
                .contains("Enter the minimum rise: a number of 0 or more.")
                .contains("id=\"minRise\" name=\"minRise\" inputmode=\"decimal\" value=\"-1\"");
    }

    @Test
    void aStaleEditIsRefusedKeepingWhatWasTypedNextToTheStoredValuesAndSavesOnTopOfThemWhenResubmitted() {
        JsonNode created = countryRule("FIN", 611);
        String id = created.get("id").asString();
        PageSession secretariat = PageSession.login(port, "secretariat");
        String editPage = secretariat.get(RULES + "/" + id + "/edit").body();
        String readVersion = hidden(editPage, "version");
        assertThat(readVersion).isEqualTo("0");
        Api.Response other = api.put(
                "/api/v1/alerts/rules/" + id,
                "secretariat",
                "{\"kind\":\"threshold-crossing\",\"metric\":\"events\",\"threshold\":622}",
                "\"v0\"");
        assertThat(other.status()).isEqualTo(200);

        Map<String, String> fields = new HashMap<>(form("country", "FIN", "633"));
        fields.put("version", readVersion);
        PageSession.Page stale = secretariat.post(RULES + "/" + id + "/edit", RULES + "/" + id, fields);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this rule while you were editing it")
                .contains("id=\"threshold\" name=\"threshold\" inputmode=\"decimal\" value=\"633\"")
                .contains("Stored now: 622")
                .contains("rise above 622 while");
        assertThat(hidden(stale.body(), "version")).isEqualTo("1");
        JsonNode stored = api.get("/api/v1/alerts/rules/" + id, "secretariat").json();
        assertThat(stored.get("threshold").asDouble()).isEqualTo(622.0);
        assertThat(stored.get("version").asLong()).isEqualTo(1);

        fields.put("version", "1");
        PageSession.Page resubmitted = secretariat.post(RULES + "/" + id + "/edit", RULES + "/" + id, fields);

        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(302);
        JsonNode saved = api.get("/api/v1/alerts/rules/" + id, "secretariat").json();
        assertThat(saved.get("threshold").asDouble()).isEqualTo(633.0);
        assertThat(saved.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void theSecretariatDeletesARuleAfterConfirmingAndAStaleConfirmationIsRefusedReadably() {
        String id = countryRule("PRT", 655).get("id").asString();
        PageSession secretariat = PageSession.login(port, "secretariat");
        assertThat(secretariat.get(RULES + "/" + id + "/edit").body()).contains(RULES + "/" + id + "/delete");
        String confirm = secretariat.get(RULES + "/" + id + "/delete").body();
        assertThat(confirm).contains("Delete this rule?", "rise above 655 while", "Yes, delete the rule");
        assertThat(hidden(confirm, "version")).isEqualTo("0");
        assertThat(api.put(
                                "/api/v1/alerts/rules/" + id,
                                "secretariat",
                                "{\"kind\":\"threshold-crossing\",\"metric\":\"events\",\"threshold\":666}",
                                "\"v0\"")
                        .status())
                .isEqualTo(200);

        PageSession.Page stale = secretariat.post(RULES, RULES + "/" + id + "/delete", Map.of("version", "0"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this rule since you opened this page, so it was not deleted.")
                .contains("rise above 666 while");
        assertThat(hidden(stale.body(), "version")).isEqualTo("1");
        assertThat(api.get("/api/v1/alerts/rules/" + id, "secretariat").status())
                .isEqualTo(200);

        PageSession.Page deleted = secretariat.post(RULES, RULES + "/" + id + "/delete", Map.of("version", "1"));

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).endsWith(RULES + "?deleted=true");
        assertThat(secretariat.get(RULES + "?deleted=true").body())
                .contains("Rule deleted. The alerts it raised stay on record.")
                .doesNotContain(id);
        assertThat(api.get("/api/v1/alerts/rules/" + id, "secretariat").status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheKeeperOfARuleMayDeleteIt() {
        String id = countryRule("ESP", 677).get("id").asString();
        PageSession china = PageSession.login(port, "china");
        assertThat(china.get(RULES + "/" + id + "/edit").body()).doesNotContain(RULES + "/" + id + "/delete");
        assertThat(china.get(RULES + "/" + id + "/delete").status()).isEqualTo(403);
        assertThat(china.post(RULES, RULES + "/" + id + "/delete", Map.of("version", "0"))
                        .status())
                .isEqualTo(403);

        Api.Response refused =
                api.send("DELETE", "/api/v1/alerts/rules/" + id, "china", null, Map.of("If-Match", "\"v0\""));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/alerts/rules/" + id, "secretariat").status())
                .isEqualTo(200);
    }

    @Test
    void theApiDeletesARuleOnlyAtTheVersionReadAndAnswersProblemsOtherwise() {
        String id = countryRule("ITA", 688).get("id").asString();
        String path = "/api/v1/alerts/rules/" + id;

        Api.Response blind = api.delete(path, "secretariat");
        assertThat(blind.status()).isEqualTo(428);
        assertThat(blind.header("Content-Type")).startsWith("application/problem+json");
        Api.Response stale = api.send("DELETE", path, "secretariat", null, Map.of("If-Match", "\"v7\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isZero();

        assertThat(api.send("DELETE", path, "secretariat", null, Map.of("If-Match", "\"v0\""))
                        .status())
                .isEqualTo(204);
        Api.Response again = api.send("DELETE", path, "secretariat", null, Map.of("If-Match", "\"v1\""));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aSituationsOwnerKeepsItsRulesOnThePageAndItsReadersSeeThem() {
        String title = "Rule page situation " + java.util.UUID.randomUUID();
        String situation = api.post(
                        "/api/v1/situations",
                        "brazil",
                        "{\"title\":\"" + title + "\",\"countries\":[\"URY\"],\"domains\":[\"armed-conflict\"],"
                                + "\"partiesConcerned\":[\"ETH\"],\"visibility\":\"participants\"}")
                .json()
                .get("id")
                .asString();
        PageSession brazil = PageSession.login(port, "brazil");
        assertThat(brazil.get(RULES + "/new").body()).contains(title);
        Map<String, String> fields = new HashMap<>(form("situation", "", "444"));
        fields.put("situationId", situation);

        assertThat(brazil.post(RULES + "/new", RULES, fields).status()).isEqualTo(302);

        assertThat(brazil.get(RULES).body()).contains(title, "rise above 444 while");
        assertThat(PageSession.login(port, "ethiopia").get(RULES).body()).contains(title, "rise above 444 while");
        assertThat(PageSession.login(port, "kazakhstan").get(RULES).body())
                .doesNotContain(title)
                .doesNotContain("rise above 444 while");
    }

    @Test
    void aFocalPointSeesTheGlobalRulesButCannotChangeThem() {
        PageSession china = PageSession.login(port, "china");
        String global = null;
        for (JsonNode r : api.get("/api/v1/alerts/rules", "china").json()) {
            if (r.get("scope").asString().equals("GLOBAL")) {
                global = r.get("id").asString();
            }
        }
        assertThat(global).isNotNull();
        String list = china.get(RULES).body();
        assertThat(list).contains("Every country", global).doesNotContain(global + "/edit");
        assertThat(list)
                .contains("exceed the trailing 12-month mean by more than 3 standard deviations and by at least 50.")
                .contains("Alert when the probability of more than 25 fatalities forecast 1 month(s) ahead is above"
                        + " 50 %.");
        assertThat(china.post(RULES, RULES + "/" + global + "/enabled", Map.of("enabled", "false", "version", "0"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aSubscriptionMadeOnThePageAppearsInTheApiListAndEndsThere() {
        PageSession indonesia = PageSession.login(port, "indonesia");
        String page = "/early-warning/alerts/subscriptions";

        PageSession.Page made = indonesia.post(page, page, Map.of("targetKind", "country", "target", "nzl"));

        assertThat(made.status()).isEqualTo(302);
        JsonNode mine = api.get("/api/v1/alerts/subscriptions", "indonesia").json();
        String id = null;
        for (JsonNode s : mine) {
            if (s.get("targetKind").asString().equals("COUNTRY")
                    && s.get("target").asString().equals("NZL")) {
                id = s.get("id").asString();
            }
        }
        assertThat(id).as(mine.toString()).isNotNull();
        assertThat(indonesia.get(page).body()).contains("New Zealand (NZL)");
        PageSession.Page again = indonesia.post(page, page, Map.of("targetKind", "country", "target", "NZL"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Your party already subscribes to this.");

        assertThat(indonesia.post(page, page + "/" + id + "/delete", Map.of()).status())
                .isEqualTo(302);
        assertThat(api.get("/api/v1/alerts/subscriptions", "indonesia").body()).doesNotContain(id);
    }

    @Test
    void theRulesFormAndSubscriptionPagesSpeakEveryLanguage() {
        PageSession secretariat = PageSession.login(port, "secretariat");
        Map<String, String> titles = Map.of(
                "en", "Alert rules",
                "fr", "Règles d’alerte",
                "es", "Reglas de alerta",
                "ru", "Правила оповещений",
                "zh", "预警规则",
                "ar", "قواعد الإنذار");
        titles.forEach((lang, title) -> {
            PageSession.Page rules = secretariat.get(RULES + "?lang=" + lang);
            assertThat(rules.status()).as(lang).isEqualTo(200);
            assertThat(rules.body()).as(lang).contains(title);
            assertThat(secretariat.get(RULES + "/new?lang=" + lang).status())
                    .as(lang)
                    .isEqualTo(200);
            assertThat(secretariat
                            .get("/early-warning/alerts/subscriptions?lang=" + lang)
                            .status())
                    .as(lang)
                    .isEqualTo(200);
        });
        secretariat.get(RULES + "?lang=en");
    }

    @Test
    void theRulesPageNeedsALogin() {
        Api.Response anonymous = api.get(RULES);
        assertThat(anonymous.status()).isIn(302, 401);
    }

    private JsonNode countryRule(String country, int threshold) {
        Api.Response created = api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"" + country + "\",\"kind\":\"threshold-crossing\","
                        + "\"metric\":\"events\",\"threshold\":" + threshold + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode ruleWithThreshold(double threshold) {
        for (JsonNode r : api.get("/api/v1/alerts/rules", "secretariat").json()) {
            if (!r.get("threshold").isNull() && r.get("threshold").asDouble() == threshold) {
                return r;
            }
        }
        throw new AssertionError("no rule with threshold " + threshold);
    }

    private static Map<String, String> form(String scope, String country, String threshold) {
        Map<String, String> f = new HashMap<>();
        f.put("scope", scope);
        f.put("country", country);
        f.put("situationId", "");
        f.put("kind", "threshold-crossing");
        f.put("metric", "events");
        f.put("category", "");
        f.put("threshold", threshold);
        f.put("quietMonths", "12");
        f.put("horizon", "1");
        f.put("enabled", "on");
        f.put("version", "0");
        return f;
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
