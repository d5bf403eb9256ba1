package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An import through the API that escalates in Iceland raises the secretariat's country rule and a restricted
 * situation's rule; the alerts reach the subscribed parties that may read them and nobody else.
 */
@PlatformTest
class AlertFlowTests {

    static final String ESCALATION =
            "Fatalities in ISL in January 2023 was 30, 25 above the trailing 12-month mean of 5";
    static final String CROSSING = "crossing the threshold of 20";

    private static String situation;
    private static String chinaSubscription;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        prepareOnce();
    }

    private synchronized void prepareOnce() throws Exception {
        if (situation != null) {
            return;
        }
        created(api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"ISL\","
                        + "\"kind\":\"escalation\",\"metric\":\"fatalities\",\"k\":2,\"minRise\":3}"));
        String s = created(api.post(
                        "/api/v1/situations",
                        "china",
                        "{\"title\":\"Alert flow " + UUID.randomUUID() + "\",\"countries\":[\"ISL\"],"
                                + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"ETH\"],"
                                + "\"visibility\":\"participants\"}"))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/alerts/rules",
                "china",
                "{\"scope\":\"situation\",\"situationId\":\"" + s
                        + "\",\"kind\":\"threshold-crossing\",\"metric\":\"fatalities\",\"threshold\":20}"));
        chinaSubscription = created(api.post(
                        "/api/v1/alerts/subscriptions", "china", "{\"targetKind\":\"country\",\"target\":\"ISL\"}"))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/alerts/subscriptions", "kazakhstan", "{\"targetKind\":\"region\",\"target\":\"150\"}"));
        created(api.post(
                "/api/v1/alerts/subscriptions", "ethiopia", "{\"targetKind\":\"situation\",\"target\":\"" + s + "\"}"));
        created(api.post(
                "/api/v1/situations",
                "kazakhstan",
                "{\"title\":\"Public alert flow " + UUID.randomUUID() + "\",\"countries\":[\"ISL\"],"
                        + "\"domains\":[\"landmines\"],\"partiesConcerned\":[\"KAZ\"],\"visibility\":\"public\"}"));
        created(api.post(
                "/api/v1/alerts/subscriptions", "indonesia", "{\"targetKind\":\"domain\",\"target\":\"landmines\"}"));
        byte[] file = IcelandFile.monthly(YearMonth.of(2022, 1), 990_000_001L, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 30);
        String job = upload("secretariat", file).get("id").asString();
        awaitJob(job);
        await(() -> api.get("/api/v1/alerts?country=ISL", "china").body(), b -> b.contains(CROSSING));
        // each new alert is delivered to its subscribers after it is committed
        await(
                () -> jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = ?")
                        .param(AlertRaised.class.getName())
                        .query(Long.class)
                        .single()
                        .toString(),
                "0"::equals);
        situation = s;
    }

    @Test
    void anEscalatingImportStoresTheAlertWithItsNumbers() {
        JsonNode alerts = api.get("/api/v1/alerts?country=ISL").json();
        JsonNode escalation = null;
        for (JsonNode a : alerts) {
            if (a.get("kind").asString().equals("ESCALATION")
                    && a.get("month").asString().equals("2023-01")) {
                escalation = a;
            }
        }
        assertThat(escalation).as(alerts.toString()).isNotNull();
        assertThat(escalation.get("explanation").asString()).startsWith(ESCALATION);
        JsonNode n = escalation.get("numbers");
        assertThat(n.get("value").asDouble()).isEqualTo(30.0);
        assertThat(n.get("mean").asDouble()).isEqualTo(5.0);
        assertThat(n.get("standardDeviation").asDouble()).isEqualTo(1.0);
        assertThat(n.get("k").asDouble()).isEqualTo(2.0);
        assertThat(n.get("n").asDouble()).isEqualTo(3.0);
    }

    @Test
    void theAlertReachesSubscribersOfTheCountryAndRegionButNotOthers() {
        assertThat(inbox("china")).contains(ESCALATION);
        assertThat(inbox("kazakhstan")).contains(ESCALATION);
        assertThat(inbox("brazil")).doesNotContain(ESCALATION).doesNotContain(CROSSING);
    }

    @Test
    void aRestrictedSituationsAlertReachesOnlyItsReaders() {
        assertThat(inbox("ethiopia")).contains(CROSSING);
        assertThat(inbox("kazakhstan")).doesNotContain(CROSSING);
        assertThat(api.get("/api/v1/alerts?situation=" + situation, "ethiopia").body())
                .contains(CROSSING);
        assertThat(api.get("/api/v1/alerts?situation=" + situation, "kazakhstan")
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/alerts?country=ISL").body()).doesNotContain(CROSSING);
        String id = api.get("/api/v1/alerts?situation=" + situation, "china")
                .json()
                .get(0)
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/alerts/" + id, "kazakhstan").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/" + id, "ethiopia").status()).isEqualTo(200);
        assertThat(api.get("/early-warning/fragments/alerts?situation=" + situation, "indonesia")
                        .body())
                .doesNotContain(CROSSING);
    }

    @Test
    void aDomainSubscriptionReceivesAlertsOfCountriesItsPublicSituationsCover() {
        assertThat(inbox("indonesia")).contains(ESCALATION).doesNotContain(CROSSING);
        Api.Response unknown = api.post(
                "/api/v1/alerts/subscriptions", "indonesia", "{\"targetKind\":\"domain\",\"target\":\"gardening\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("target");
    }

    @Test
    void aPartyCannotSubscribeToASituationItMayNotRead() {
        Api.Response r = api.post(
                "/api/v1/alerts/subscriptions",
                "indonesia",
                "{\"targetKind\":\"situation\",\"target\":\"" + situation + "\"}");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aPartysSubscriptionsStayItsOwn() {
        assertThat(api.get("/api/v1/alerts/subscriptions", "kazakhstan").body()).doesNotContain(chinaSubscription);
        assertThat(api.delete("/api/v1/alerts/subscriptions/" + chinaSubscription, "kazakhstan")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/subscriptions", "china").body()).contains(chinaSubscription);
    }

    @Test
    void onlyTheSecretariatKeepsGlobalRulesAndOnlyTheOwnerASituationsRules() {
        String global = "{\"scope\":\"global\",\"kind\":\"onset\",\"metric\":\"events\",\"quietMonths\":12}";
        assertThat(api.post("/api/v1/alerts/rules", "china", global).status()).isEqualTo(403);
        String onSituation = "{\"scope\":\"situation\",\"situationId\":\"" + situation
                + "\",\"kind\":\"threshold-crossing\",\"threshold\":5}";
        assertThat(api.post("/api/v1/alerts/rules", "kazakhstan", onSituation).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/alerts/rules", "ethiopia", onSituation).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/alerts/rules?situation=" + situation, "kazakhstan")
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/alerts/rules?situation=" + situation, "ethiopia")
                        .json())
                .hasSize(1);
    }

    @Test
    void aRuleWithoutItsParametersIsRefusedNamingTheField() {
        Api.Response r = api.post(
                "/api/v1/alerts/rules", "secretariat", "{\"scope\":\"global\",\"kind\":\"escalation\",\"k\":2}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("minRise");
    }

    private String crossingAlert() {
        return api.get("/api/v1/alerts?situation=" + situation, "china")
                .json()
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void aDeliveredAlertWaitsOnTheHomePageOfItsSubscribedReadersOnly() {
        String escalation = null;
        for (JsonNode a : api.get("/api/v1/alerts?country=ISL").json()) {
            if (a.get("kind").asString().equals("ESCALATION")) {
                escalation = a.get("id").asString();
            }
        }
        String kazakhstan = api.get("/", "kazakhstan").body();
        assertThat(kazakhstan).contains("id=\"work-alerts\"").contains("/early-warning/alerts/" + escalation);
        assertThat(kazakhstan).doesNotContain("/early-warning/alerts/" + crossingAlert());
        assertThat(api.get("/", "brazil").body())
                .doesNotContain("/early-warning/alerts/" + escalation)
                .doesNotContain("/early-warning/alerts/" + crossingAlert());
    }

    @Test
    void eachPartyTriagesForItselfAtTheVersionItRead() {
        String id = crossingAlert();
        String triage = "/api/v1/alerts/" + id + "/triage";
        Api.Response fresh = api.get(triage, "ethiopia");
        assertThat(fresh.json().get("state").asString()).isEqualTo("new");
        String etag = fresh.header("ETag");

        assertThat(api.send("POST", triage, "ethiopia", "{\"action\":\"acknowledge\"}", Map.of())
                        .status())
                .isEqualTo(428);
        Api.Response acknowledged =
                api.send("POST", triage, "ethiopia", "{\"action\":\"acknowledge\"}", Map.of("If-Match", etag));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("state").asString()).isEqualTo("acknowledged");
        assertThat(acknowledged.json().get("changedBy").asString()).isEqualTo("ethiopia");
        assertThat(api.send("POST", triage, "ethiopia", "{\"action\":\"close\"}", Map.of("If-Match", etag))
                        .status())
                .isEqualTo(412);
        assertThat(api.send(
                                "POST",
                                triage,
                                "ethiopia",
                                "{\"action\":\"acknowledge\"}",
                                Map.of("If-Match", acknowledged.header("ETag")))
                        .status())
                .isEqualTo(409);
        assertThat(api.send("POST", triage, "ethiopia", "{\"action\":\"shelve\"}", Map.of("If-Match", etag))
                        .body())
                .contains("\"field\":\"action\"");
        String home = api.get("/", "ethiopia").body();
        String waitingAlerts = home.contains("id=\"work-alerts\"")
                ? home.substring(
                        home.indexOf("id=\"work-alerts\""),
                        home.indexOf("</section>", home.indexOf("id=\"work-alerts\"")))
                : "";
        assertThat(waitingAlerts).doesNotContain("/early-warning/alerts/" + id);

        assertThat(api.get(triage, "china").json().get("state").asString()).isEqualTo("new");
        assertThat(api.get(triage, "kazakhstan").status()).isEqualTo(404);
        assertThat(api.send("POST", triage, "kazakhstan", "{\"action\":\"close\"}", Map.of("If-Match", etag))
                        .status())
                .isEqualTo(404);
        assertThat(api.get(triage).status()).isEqualTo(401);
    }

    @Test
    void ofThirtyTriageStepsWithTheSameEtagExactlyOneIsTaken() {
        String escalation = null;
        for (JsonNode a : api.get("/api/v1/alerts?country=ISL").json()) {
            if (a.get("kind").asString().equals("ESCALATION")) {
                escalation = a.get("id").asString();
            }
        }
        String triage = "/api/v1/alerts/" + escalation + "/triage";

        Race.ofChanges(api, "alert triage: close", "indonesia", "POST", triage, triage, n -> "{\"action\":\"close\"}");

        assertThat(api.get(triage, "indonesia").json().get("state").asString()).isEqualTo("closed");
    }

    @Test
    void theAlertPageClosesAndReopensThroughTheSameRule() {
        String id = crossingAlert();
        PageSession china = PageSession.login(port, "china");
        String page = "/early-warning/alerts/" + id;
        String before = china.get(page).body();
        assertThat(before).contains("id=\"triage\"");
        long version = api.get(page.replace("/early-warning", "/api/v1") + "/triage", "china")
                .json()
                .get("version")
                .asLong();

        PageSession.Page closed =
                china.post(page, page + "/triage", Map.of("action", "close", "version", Long.toString(version)));
        assertThat(closed.status()).isEqualTo(302);
        assertThat(china.get(page).body()).contains("Closed").contains("china");
        PageSession.Page stale =
                china.post(page, page + "/triage", Map.of("action", "reopen", "version", Long.toString(version)));
        assertThat(stale.status()).as("a stale page is refused and says so").isEqualTo(409);
        assertThat(api.get(page.replace("/early-warning", "/api/v1") + "/triage", "china")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("closed");
        assertThat(PageSession.anonymous(port).get(page).body()).doesNotContain("id=\"triage\"");
    }

    private String inbox(String user) {
        return api.get("/api/v1/notifications?size=200", user).body();
    }

    private static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private void awaitJob(String id) {
        await(
                () -> api.get("/api/v1/events/imports/" + id, "china")
                        .json()
                        .get("status")
                        .asString(),
                s -> s.equals("DONE") || s.equals("FAILED"));
        JsonNode job = api.get("/api/v1/events/imports/" + id, "china").json();
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("imported").asLong()).as(job.toString()).isEqualTo(13);
    }

    private static void await(java.util.function.Supplier<String> probe, Predicate<String> done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !done.test(probe.get())) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private JsonNode upload(String user, byte[] content) throws Exception {
        String boundary = "----ewa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"iceland.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/imports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + api.token(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return new Api.Response(r.statusCode(), r.body(), r.headers()).json();
    }
}
