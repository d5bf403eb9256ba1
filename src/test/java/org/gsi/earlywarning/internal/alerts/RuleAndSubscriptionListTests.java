package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The alert rules and subscriptions lists page in the database, sort by the column chosen and keep their filter in
 * every link; a restricted situation's rule is neither listed nor counted for a party that may not read the
 * situation, and a party lists only its own subscriptions.
 */
@PlatformTest
class RuleAndSubscriptionListTests {

    private static final String RULES = "/early-warning/alerts/rules";
    private static final String SUBSCRIPTIONS = "/early-warning/alerts/subscriptions";
    private static final Pattern RULE_IDS = Pattern.compile("id=\"rule-([0-9a-f-]{36})\"");
    private static final Pattern COUNT = Pattern.compile("<p class=\"count\">(\\d+) ");
    private static final List<String> COUNTRIES = List.of(
            "AFG", "ALB", "DZA", "AGO", "ARG", "ARM", "AUS", "AUT", "AZE", "BHR", "BGD", "BLR", "BEL", "BEN", "BTN",
            "BOL", "BIH", "BWA", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "TCD", "CHL");

    private static String restrictedRule;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void prepareOnce() {
        api = new Api(port);
        synchronized (RuleAndSubscriptionListTests.class) {
            if (restrictedRule != null) {
                return;
            }
            for (int i = 0; i < 27; i++) {
                created(api.post(
                        "/api/v1/alerts/rules",
                        "secretariat",
                        "{\"scope\":\"country\",\"country\":\"LIE\",\"kind\":\"threshold-crossing\","
                                + "\"metric\":\"events\",\"threshold\":" + (9000 + i) + "}"));
            }
            String situation = created(api.post(
                    "/api/v1/situations",
                    "china",
                    "{\"title\":\"Rule list " + UUID.randomUUID() + "\",\"countries\":[\"LIE\"],"
                            + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"ETH\"],"
                            + "\"visibility\":\"participants\"}"));
            for (String country : COUNTRIES) {
                created(api.post(
                        "/api/v1/alerts/subscriptions",
                        "african-union",
                        "{\"targetKind\":\"country\",\"target\":\"" + country + "\"}"));
            }
            created(api.post(
                    "/api/v1/alerts/subscriptions", "african-union", "{\"targetKind\":\"region\",\"target\":\"002\"}"));
            created(api.post(
                    "/api/v1/alerts/subscriptions", "brazil", "{\"targetKind\":\"country\",\"target\":\"ATG\"}"));
            restrictedRule = created(api.post(
                    "/api/v1/alerts/rules",
                    "china",
                    "{\"scope\":\"situation\",\"situationId\":\"" + situation
                            + "\",\"kind\":\"onset\",\"metric\":\"events\",\"quietMonths\":12}"));
        }
    }

    @Test
    void rulesRows26To50AreTheSecondPageOldestFirstAndARestrictedRuleIsNeitherListedNorCounted() {
        PageSession brazil = PageSession.login(port, "brazil");
        List<JsonNode> readable = new ArrayList<>();
        api.get("/api/v1/alerts/rules", "brazil").json().forEach(readable::add);
        readable.sort(Comparator.comparing(
                        (JsonNode r) -> Instant.parse(r.get("createdAt").asString()))
                .thenComparing(r -> r.get("id").asString()));
        List<String> oldestFirst =
                readable.stream().map(r -> r.get("id").asString()).toList();

        var second = brazil.get(RULES + "?sort=created&dir=asc&size=25&page=1");

        assertThat(second.status()).isEqualTo(200);
        assertThat(ids(RULE_IDS, second.body()))
                .containsExactlyElementsOf(oldestFirst.subList(25, Math.min(50, oldestFirst.size())));
        assertThat(second.body())
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/early-warning/alerts/rules?sort=created&amp;dir=asc&amp;size=25\"");
        assertThat(count(second.body())).isEqualTo(oldestFirst.size());
        Set<String> all = everyRow(brazil, RULES + "?kind=ONSET&sort=owner&dir=desc");
        assertThat(all).doesNotContain(restrictedRule);
        PageSession ethiopia = PageSession.login(port, "ethiopia");
        Set<String> ethiopias = everyRow(ethiopia, RULES + "?kind=ONSET&sort=owner&dir=desc");
        assertThat(ethiopias).contains(restrictedRule).containsAll(all);
        assertThat(ethiopia.get(RULES + "?kind=ONSET&size=25").body())
                .contains(restrictedRule)
                .contains("href=\"/early-warning/alerts/rules?kind=ONSET&amp;sort=owner&amp;dir=asc&amp;size=25\"");
    }

    @Test
    void subscriptionsRows26To27SortedByTargetWithTheKindFilterKeptAndOnlyThePartysOwn() {
        PageSession au = PageSession.login(port, "african-union");

        var second = au.get(SUBSCRIPTIONS + "?kind=COUNTRY&sort=target&dir=asc&size=25&page=1");

        assertThat(second.status()).isEqualTo(200);
        List<String> sorted = COUNTRIES.stream().sorted().toList();
        assertThat(second.body())
                .contains(">27 subscriptions<")
                .contains("(" + sorted.get(25) + ")")
                .contains("(" + sorted.get(26) + ")")
                .doesNotContain("(" + sorted.get(24) + ")")
                .doesNotContain("(ATG)")
                .contains("href=\"/early-warning/alerts/subscriptions?kind=COUNTRY&amp;sort=target&amp;dir=asc"
                        + "&amp;size=25\"");
        assertThat(second.body().indexOf("(" + sorted.get(25) + ")"))
                .isLessThan(second.body().indexOf("(" + sorted.get(26) + ")"));
        assertThat(au.get(SUBSCRIPTIONS).body()).contains(">28 subscriptions<").doesNotContain("(ATG)");
        assertThat(PageSession.login(port, "brazil").get(SUBSCRIPTIONS).body())
                .contains("(ATG)")
                .doesNotContain("(" + sorted.get(0) + ")");
    }

    /** Every row of every page of the list, checking that pages do not overlap and add up to the count. */
    private static Set<String> everyRow(PageSession session, String list) {
        Set<String> rows = new LinkedHashSet<>();
        long total = -1;
        for (int page = 0; page < 50; page++) {
            String body = session.get(list + "&size=25&page=" + page).body();
            total = count(body);
            List<String> ids = ids(RULE_IDS, body);
            if (ids.isEmpty()) {
                break;
            }
            for (String id : ids) {
                assertThat(rows.add(id)).as("row %s on two pages", id).isTrue();
            }
        }
        assertThat(rows).hasSize((int) total);
        return rows;
    }

    private static long count(String body) {
        Matcher m = COUNT.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> ids(Pattern pattern, String body) {
        return pattern.matcher(body).results().map(m -> m.group(1)).toList();
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
