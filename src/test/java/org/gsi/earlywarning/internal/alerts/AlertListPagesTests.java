package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alerts list pages in the database, sorts by the column chosen, filters by country, rule, period and the
 * party's triage state, keeps all of it in every link, and never shows nor counts an alert of a situation the reader
 * may not read. Thirty alerts of a Liechtenstein rule (no other test's country), one a month from January 2001, and
 * one of China's restricted situation on Liechtenstein, read by China and Ethiopia only.
 */
@PlatformTest
class AlertListPagesTests {

    private static final String LIST = "/early-warning/alerts";
    private static final Pattern ALERT_IDS = Pattern.compile("href=\"/early-warning/alerts/([0-9a-f-]{36})\"");
    private static final int ALERTS = 30;

    private static List<String> byMonth;
    private static String countryRule;
    private static String situationRule;
    private static String restricted;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void prepareOnce() {
        api = new Api(port);
        synchronized (AlertListPagesTests.class) {
            if (byMonth != null) {
                return;
            }
            countryRule = created(api.post(
                    "/api/v1/alerts/rules",
                    "secretariat",
                    "{\"scope\":\"country\",\"country\":\"LIE\",\"kind\":\"threshold-crossing\","
                            + "\"metric\":\"fatalities\",\"threshold\":5}"));
            String situation = created(api.post(
                    "/api/v1/situations",
                    "china",
                    "{\"title\":\"Alert list " + UUID.randomUUID() + "\",\"countries\":[\"LIE\"],"
                            + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"ETH\"],"
                            + "\"visibility\":\"participants\"}"));
            situationRule = created(api.post(
                    "/api/v1/alerts/rules",
                    "china",
                    "{\"scope\":\"situation\",\"situationId\":\"" + situation
                            + "\",\"kind\":\"threshold-crossing\",\"metric\":\"fatalities\",\"threshold\":7}"));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < ALERTS; i++) {
                ids.add(raise(countryRule, null, YearMonth.of(2001, 1).plusMonths(i), "Liechtenstein " + i));
            }
            restricted = raise(situationRule, situation, YearMonth.of(2002, 2), "Restricted Liechtenstein");
            byMonth = ids;
        }
    }

    @Test
    void rows26To30SortedByMonthWithTheFilterInEveryLinkAndNoRestrictedAlertInRowsOrCount() {
        PageSession brazil = PageSession.login(port, "brazil");

        var second = brazil.get(LIST + "?country=LIE&sort=month&dir=asc&size=25&page=1");

        assertThat(second.status()).isEqualTo(200);
        assertThat(ids(second.body())).containsExactlyElementsOf(byMonth.subList(25, 30));
        assertThat(second.body())
                .contains(">30 alerts<")
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/early-warning/alerts?country=LIE&amp;sort=month&amp;dir=asc&amp;size=25\"")
                .contains("href=\"/early-warning/alerts?country=LIE&amp;sort=month&amp;dir=desc&amp;size=25\"");
        var first = brazil.get(LIST + "?country=LIE&sort=month&dir=asc&size=25");
        assertThat(ids(first.body())).containsExactlyElementsOf(byMonth.subList(0, 25));
        for (var page : List.of(first, second, PageSession.anonymous(port).get(LIST + "?country=LIE&size=200"))) {
            assertThat(page.body()).doesNotContain(restricted).doesNotContain("Restricted Liechtenstein");
        }
        assertThat(PageSession.anonymous(port).get(LIST + "?country=LIE").body())
                .contains(">30 alerts<");

        var ethiopia = PageSession.login(port, "ethiopia").get(LIST + "?country=LIE&size=50");
        assertThat(ethiopia.body()).contains(">31 alerts<").contains(restricted);
    }

    @Test
    void theRuleAndPeriodFiltersNarrowTheListAndAnUnreadableMonthIsNamedAndNotApplied() {
        PageSession brazil = PageSession.login(port, "brazil");
        assertThat(brazil.get(LIST + "?rule=" + situationRule).body()).contains(">0 alerts<");
        assertThat(PageSession.login(port, "ethiopia")
                        .get(LIST + "?rule=" + situationRule)
                        .body())
                .contains(">1 alert<")
                .contains(restricted);
        assertThat(brazil.get(LIST + "?rule=" + countryRule).body()).contains(">30 alerts<");

        var period = brazil.get(LIST + "?country=LIE&from=2003-01&to=2003-06&sort=month&dir=asc");
        assertThat(period.body()).contains(">6 alerts<");
        assertThat(ids(period.body())).containsExactlyElementsOf(byMonth.subList(24, 30));

        var unread = brazil.get(LIST + "?country=LIE&from=2003-13");
        assertThat(unread.body())
                .contains(">30 alerts<")
                .contains("The first month could not be read")
                .contains("value=\"2003-13\"");
    }

    @Test
    void aPartySeesOnlyTheAlertsInTheTriageStateItChoseAndTheChoiceStaysInThePageLinks() {
        for (String id : byMonth.subList(0, 2)) {
            String triage = "/api/v1/alerts/" + id + "/triage";
            String etag = api.get(triage, "china").header("ETag");
            assertThat(api.send("POST", triage, "china", "{\"action\":\"acknowledge\"}", Map.of("If-Match", etag))
                            .status())
                    .isEqualTo(200);
        }
        PageSession china = PageSession.login(port, "china");

        var acknowledged = china.get(LIST + "?country=LIE&state=acknowledged&sort=month&dir=asc");
        assertThat(acknowledged.body()).contains(">2 alerts<");
        assertThat(ids(acknowledged.body())).containsExactlyElementsOf(byMonth.subList(0, 2));

        var fresh = china.get(LIST + "?country=LIE&state=new&sort=month&dir=asc&size=25");
        assertThat(fresh.body())
                .contains(">29 alerts<")
                .contains("href=\"/early-warning/alerts?country=LIE&amp;state=new&amp;sort=month&amp;dir=asc"
                        + "&amp;size=25&amp;page=1\"");
        assertThat(ids(fresh.body())).doesNotContainAnyElementsOf(byMonth.subList(0, 2));
        assertThat(PageSession.login(port, "brazil")
                        .get(LIST + "?country=LIE&state=acknowledged")
                        .body())
                .contains(">0 alerts<");
    }

    @Test
    void aFrenchReaderReadsTheListInFrench() {
        assertThat(PageSession.anonymous(port)
                        .get(LIST + "?country=LIE&lang=fr")
                        .body())
                .contains(">30 alertes<");
    }

    private String raise(String rule, String situation, YearMonth month, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO earlywarning_alert (id, rule_id, kind, metric, country, unit, month, situation_id,"
                        + " explanation_key, explanation_args, numbers) VALUES (?, ?, 'THRESHOLD_CROSSING',"
                        + " 'fatalities', 'LIE', 'LIE', ?, ?, 'ewa.explanation.legacy', CAST(? AS jsonb), '{}')")
                .params(
                        id,
                        UUID.fromString(rule),
                        month.atDay(1),
                        situation == null ? null : UUID.fromString(situation),
                        "[{\"text\":\"" + text + "\"}]")
                .update();
        return id.toString();
    }

    private static List<String> ids(String body) {
        return ALERT_IDS.matcher(body).results().map(m -> m.group(1)).toList();
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
